package dev.crisisdesk.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text of a rule set: its {@code .drl} files, {@code queues.json} and {@code settings.json}
 * (the brands' default settings), by file name. Scenarios
 * are not part of it: they test a rule set, they do not change what it does.
 */
public record RuleFiles(Map<String, String> files) {
  public static final String QUEUES = "queues.json";
  public static final String SETTINGS = "settings.json";

  public RuleFiles {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  public static RuleFiles load(Path dir) {
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a rule folder: " + dir);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path path : paths.sorted().toList()) {
        String name = path.getFileName().toString();
        if (Files.isRegularFile(path) && (name.endsWith(".drl") || name.equals(QUEUES) || name.equals(SETTINGS))) {
          files.put(name, Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RuleFiles(files);
  }

  /** A digest of names and texts: equal digests mean the same rule set. */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      new TreeMap<>(files).forEach((name, text) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      });
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
