package dev.crisisdesk.replay;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timestamped streams of analyzed comments for crisis tests: calm traffic, bursts, watch terms. */
final class Stream {
  static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
  private static int next;

  private final List<Comment> comments = new ArrayList<>();

  static Comment comment(String brand, long atSeconds, String text, Sentiment sentiment, long followers, boolean verified) {
    double score = sentiment.nominalScore();
    return new Comment(brand, "twitter", brand + "-" + (++next), text, new Author("a" + next, "@a" + next, followers, verified),
        T0.plusSeconds(atSeconds), sentiment, score, 0.02, 0.0, "en", null);
  }

  /** {@code perMinute} comments a minute from {@code fromMinute} for {@code minutes}; every {@code negativeEvery}-th negative (0: none). */
  Stream calm(String brand, int fromMinute, int minutes, int perMinute, int negativeEvery) {
    int n = 0;
    for (int m = 0; m < minutes; m++) {
      for (int i = 0; i < perMinute; i++) {
        n++;
        boolean negative = negativeEvery > 0 && n % negativeEvery == 0;
        long at = (fromMinute + m) * 60L + i * (60L / perMinute);
        comments.add(comment(brand, at, negative ? "Not great, my parcel is late" : "Nice photo, see you Saturday",
            negative ? Sentiment.NEGATIVE : n % 2 == 0 ? Sentiment.NEUTRAL : Sentiment.POSITIVE, 80, false));
      }
    }
    return this;
  }

  /** {@code count} negative comments spread evenly over {@code seconds} from {@code atSecond}. */
  Stream burst(String brand, long atSecond, int count, long seconds, String text) {
    for (int i = 0; i < count; i++) {
      comments.add(comment(brand, atSecond + i * seconds / count, text, Sentiment.VERY_NEGATIVE, 120, false));
    }
    return this;
  }

  Stream add(Comment comment) {
    comments.add(comment);
    return this;
  }

  /** In event time order, as a platform would deliver them. */
  List<Comment> comments() {
    List<Comment> sorted = new ArrayList<>(comments);
    sorted.sort(Comparator.comparing(Comment::getEventTime));
    return sorted;
  }
}
