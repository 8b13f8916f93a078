package dev.crisisdesk.ops;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JVM's optimizing compiler (C2) on the analysis. In a fresh JVM, C2 spent a fifth of the
 * service's CPU for thousands of comments recompiling the store, the rules engine, HTTP and JSON
 * code, which cost the analysis's threads their cores (docs/operations.md, "JVM settings"). With
 * these HotSpot compiler directives ({@code compiler-directives.json}, the same as
 * {@code jcmd PID Compiler.directives_add}) that code, and the service's own code outside the
 * analysis ({@code dev/crisisdesk} but {@code nlp} and {@code facts}), runs as the quick compiler (C1)
 * compiles it; the analysis and the JDK keep C2. Applied once per process, before the service's code runs.
 */
public final class CompilerFocus {
  private static final Logger LOG = LoggerFactory.getLogger(CompilerFocus.class);
  private static final String DIRECTIVES = "compiler-directives.json";
  private static final AtomicBoolean APPLIED = new AtomicBoolean();

  private CompilerFocus() {}

  /** Adds the directives to this JVM; false (and a warning) where the JVM does not take them. */
  public static boolean apply() {
    if (!APPLIED.compareAndSet(false, true)) return true;
    Path file = null;
    try (InputStream in = CompilerFocus.class.getResourceAsStream(DIRECTIVES)) {
      if (in == null) throw new IOException(DIRECTIVES + " is missing from the jar");
      file = Files.createTempFile("crisisdesk-compiler", ".json");
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Object answer = diagnostic("compilerDirectivesAdd", file.toString());
      if (!String.valueOf(answer).contains("added")) throw new IllegalStateException(String.valueOf(answer).strip());
      return true;
    } catch (IOException | JMException | RuntimeException e) {
      LOG.warn("compiler directives not applied (the JVM compiles everything as it chooses): {}", e.toString());
      return false;
    } finally {
      if (file != null) file.toFile().delete();
    }
  }

  /** The directives this JVM holds, as {@code jcmd PID Compiler.directives_print} prints them. */
  static String print() throws JMException {
    return String.valueOf(diagnostic("compilerDirectivesPrint"));
  }

  private static Object diagnostic(String command, String... args) throws JMException {
    return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), command,
        new Object[] {args}, new String[] {String[].class.getName()});
  }
}
