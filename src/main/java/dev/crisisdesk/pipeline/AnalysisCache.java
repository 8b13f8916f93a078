package dev.crisisdesk.pipeline;

import dev.crisisdesk.nlp.Analysis;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Recent analyses by brand and exact text, so a copy-paste storm or a bot wave is analyzed once.
 * Bounded (least recently used out); analysis is deterministic, so a hit is exactly what a new
 * analysis would give. Two threads may analyze the same new text at once; both results are equal.
 * Keys are SHA-256 digests of brand and text: the cache keeps no comment's words, so erasing a
 * comment from the store leaves no copy of it here.
 */
final class AnalysisCache {
  private final int capacity;
  // guarded by this
  private final LinkedHashMap<String, Analysis> recent;

  AnalysisCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity < 1: " + capacity);
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) {
        return size() > AnalysisCache.this.capacity;
      }
    };
  }

  Analysis analyze(String brand, String text, Function<String, Analysis> analyzer) {
    String key = digest(brand + '\u0000' + text);
    synchronized (this) {
      Analysis hit = recent.get(key);
      if (hit != null) return hit;
    }
    Analysis analysis = analyzer.apply(text);
    synchronized (this) {
      recent.put(key, analysis);
    }
    return analysis;
  }

  private static String digest(String value) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
