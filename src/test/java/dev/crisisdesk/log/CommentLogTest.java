package dev.crisisdesk.log;

import static dev.crisisdesk.Service.assertError;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.KafkaBroker;
import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class CommentLogTest {
  private static final String ANGRY = "This is the worst customer service I have ever had. Terrible and rude.";

  @TempDir
  Path dir;

  @Test
  void commentsGoThroughAKafkaLogAreProcessedOnceAndSurviveARestart() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(Files.createDirectories(dir.resolve("kafka")))) {
      Path data = dir.resolve("data");
      try (Service service = Service.start(data, Clock.systemUTC(), config -> config.withLog(broker.url()))) {
        JsonObject answer = service.ingest(comment("log-a", "1", ANGRY), comment("log-b", "1", "How do I reset my password?"));
        assertThat(answer.getInteger("accepted")).isEqualTo(2);
        assertThat(service.get("/v1/comments/log-a/twitter/1").json().getString("status")).isEqualTo("queued");
        assertThat(service.post("/v1/comments", new JsonArray().add(comment("log-a", "1", "again")).add(comment("log-a", "2", ANGRY + " 2")))
            .json().getInteger("duplicates")).isEqualTo(1);
        service.awaitProcessed("log-a", "twitter", "2");
      }
      try (Service again = Service.start(data, Clock.systemUTC(), config -> config.withLog(broker.url()))) {
        again.ingest(comment("log-a", "3", ANGRY + " 3"));
        assertThat(again.get("/v1/comments?brand=log-a").json().getJsonArray("comments")).hasSize(3);
        assertThat(again.get("/v1/queues?brand=log-a").json().getJsonArray("queues").stream()
            .mapToInt(q -> ((JsonObject) q).getInteger("depth")).sum()).isEqualTo(3);

        // with the broker gone, nothing can be accepted: a clear 503 to retry, not a hang and not a 202
        broker.close();
        long started = System.nanoTime();
        Service.Response refused = again.post("/v1/comments", comment("log-a", "4", ANGRY + " 4"));
        assertError(refused, 503, "overloaded");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(29));
        assertThat(again.get("/health", null).status()).isEqualTo(200);
      }
    }
  }

  @Test
  void anUnreadableRecordIsPassedAndTheBrandsNextCommentsStillFlow() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(Files.createDirectories(dir.resolve("kafka")));
         Service service = Service.start(dir.resolve("data"), Clock.systemUTC(), config -> config.withLog(broker.url()))) {
      service.ingest(comment("log-c", "1", ANGRY));
      var props = new java.util.Properties();
      props.put("bootstrap.servers", broker.url().replaceFirst("^kafka://", ""));
      props.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
      props.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
      try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(props)) {
        producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(CommentLog.TOPIC, "log-c", "{not json")).get();
        producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(CommentLog.TOPIC, "log-c", "{\"brand\": 7}")).get();
      }
      service.ingest(comment("log-c", "2", ANGRY + " 2"));
      service.awaitProcessed("log-c", "twitter", "2");
      assertThat(service.get("/v1/comments/log-c/twitter/2").json().getString("status")).isEqualTo("queued");
      assertThat(service.get("/health", null).status()).isEqualTo(200);
    }
  }
}
