package dev.crisisdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.store.JsonColumns;
import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class CompilerFocusTest {
  @Test
  void theJvmHoldsTheDirectivesOnceAndKeepsC2ForTheAnalysis() throws Exception {
    assertThat(CompilerFocus.apply()).isTrue();
    assertThat(CompilerFocus.apply()).isTrue();
    String held = CompilerFocus.print();
    assertThat(held).contains("org/h2/*.*", "org/drools/*.*", "io/netty/*.*", "com/fasterxml/*.*", "dev/crisisdesk/*.*");
    assertThat(held).doesNotContain("edu/stanford", "ai/onnxruntime");
    // added once, whatever the number of calls: two directives besides the JVM's default
    assertThat(held.split("Directive:", -1)).hasSize(4);
    assertThat(held).containsPattern("c2 directives:[\\s\\S]*Exclude:true");
  }

  /**
   * What the JIT does, not what the directives say: the store's JSON reading, made hot, never reaches
   * C2 (level 4), while a method the analysis calls does.
   */
  @Test
  void hotStoreCodeStaysWithTheQuickCompilerWhileTheAnalysisGetsC2() throws Exception {
    assertThat(CompilerFocus.apply()).isTrue();
    String json = "{\"sentiment\": \"NEGATIVE\", \"score\": -0.5, \"flags\": [\"profanity\", \"problem\"], \"n\": 3}";
    String text = "I have been waiting three weeks for my refund";
    long sink = 0;
    long deadline = System.nanoTime() + 60_000_000_000L;
    int analysisLevel = 0;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < 20_000; i++) {
        sink += JsonColumns.read(json).hashCode();
        sink += Comment.firstPerson(text + i) ? 1 : 0;
      }
      analysisLevel = highestLevel("dev.crisisdesk.facts.Comment.firstPerson");
      if (analysisLevel == 4) break;
    }
    assertThat(sink).isNotZero();
    assertThat(analysisLevel).as("Comment.firstPerson's compiled level").isEqualTo(4);
    int storeLevel = highestLevel("dev.crisisdesk.store.JsonColumns.read");
    assertThat(storeLevel).as("JsonColumns.read's compiled level").isLessThan(4);
  }

  /** The highest level at which a method of this name is compiled now, from {@code jcmd PID Compiler.codelist}; 0 if it is not. */
  private static int highestLevel(String method) throws Exception {
    String list = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
        "compilerCodelist", new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    // each line: compile id, level, state, the method with its signature
    Matcher line = Pattern.compile("(?m)^\\d+ (\\d) \\d+ " + Pattern.quote(method) + "\\(").matcher(list);
    int highest = 0;
    while (line.find()) highest = Math.max(highest, Integer.parseInt(line.group(1)));
    return highest;
  }
}
