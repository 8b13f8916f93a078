package dev.crisisdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompilerFocusTest {
  @Test
  void theJvmHoldsTheDirectivesOnceAndKeepsC2ForTheAnalysis() throws Exception {
    assertThat(CompilerFocus.apply()).isTrue();
    assertThat(CompilerFocus.apply()).isTrue();
    String held = CompilerFocus.print();
    assertThat(held).contains("org/h2/*.*", "org/drools/*.*", "io/netty/*.*", "com/fasterxml/*.*");
    assertThat(held).doesNotContain("edu/stanford", "ai/onnxruntime", "dev/crisisdesk");
    // added once, whatever the number of calls: one directive besides the JVM's default
    assertThat(held.split("Directive:", -1)).hasSize(3);
    assertThat(held).containsPattern("c2 directives:[\\s\\S]*Exclude:true");
  }
}
