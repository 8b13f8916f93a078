package dev.crisisdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A million comments through the default pack in a 256 MB heap: no leak from expiring events. */
@Tag("slow")
class RuleSoakTest {
  @TempDir
  Path dir;

  @Test
  void millionCommentsThroughDefaultPackKeepHeapFlatUnder256Megabytes() throws Exception {
    Path log = dir.resolve("soak.log");
    Process soak = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), RuleSoak.class.getName(), "1000000", "rules")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();

    boolean finished = soak.waitFor(8, TimeUnit.MINUTES);
    if (!finished) soak.destroyForcibly();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    output.lines().filter(line -> line.startsWith("soak:")).forEach(System.out::println);

    assertThat(finished).as("soak finished within 8 minutes").isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError").contains("soak: 1,000,000 comments", "soak: heap flat");
    assertThat(soak.exitValue()).as(output).isZero();
  }
}
