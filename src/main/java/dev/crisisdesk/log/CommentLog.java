package dev.crisisdesk.log;

import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.facts.Author;
import dev.crisisdesk.pipeline.Processor;
import dev.crisisdesk.rules.BrandChange;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable ingest log ({@code serve --log kafka://HOST:PORT}): accepted comments are written to a
 * Kafka topic keyed by brand, and the 202 is sent only after the brokers acknowledged the write
 * ({@code acks=all}, idempotent producer). This node consumes the topic in the {@code crisisdesk}
 * consumer group, stores what it reads (idempotent on brand, platform and id), hands it to the
 * processor and commits its offsets only after the comments are stored: a node killed at any point
 * loses nothing, and what it had read but not stored is read again. Every comment of a brand lands
 * on one partition, so one consumer at a time processes a brand, in order. Changes API calls make to
 * a brand's live state (an incident resolved, settings changed, a comment erased) travel the same
 * way, so the node running the brand applies them; a node that gains or loses a partition drops
 * what it held of its brands, and rebuilds it from the store at the brand's next comment.
 */
public final class CommentLog implements Processor.Placement, AutoCloseable {
  public static final String TOPIC = "crisisdesk.comments";
  private static final String GROUP = "crisisdesk";
  public static final int PARTITIONS = 12;
  /** How long a node giving up partitions waits for the comments it read to be processed. */
  private static final Duration HANDOVER = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(CommentLog.class);

  private final KafkaProducer<String, String> producer;
  private final KafkaConsumer<String, String> consumer;
  private final CommentStore comments;
  // what the reader feeds; given at start
  private volatile Processor processor;
  private final Thread reader;
  private volatile boolean running = true;
  private volatile boolean failing;
  /** How long the reader waits before reading a failed batch again. */
  private static final Duration RETRY = Duration.ofSeconds(2);
  private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
  private volatile int partitions = PARTITIONS;

  public CommentLog(String url, CommentStore comments) {
    String bootstrap = bootstrap(url);
    this.comments = comments;
    createTopic(bootstrap);
    Properties produce = new Properties();
    produce.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    produce.put(ProducerConfig.ACKS_CONFIG, "all");
    produce.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    produce.put(ProducerConfig.LINGER_MS_CONFIG, 2);
    // an ingest request waits at most this long for the brokers, then answers 503 to be retried (a comment
    // written late anyway is a duplicate on the retry, which the store skips)
    produce.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
    produce.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    produce.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    producer = new KafkaProducer<>(produce, new StringSerializer(), new StringSerializer());
    Properties consume = new Properties();
    consume.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    consume.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    consume.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consume.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consume.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    // a node that dies loses its partitions to the others within about 10 s
    consume.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
    consume.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
    consumer = new KafkaConsumer<>(consume, new StringDeserializer(), new StringDeserializer());
    reader = new Thread(this::read, "comment-log");
    reader.setDaemon(true);
  }

  /** Starts reading this node's partitions into the processor (which places brands with this log). */
  public void start(Processor processor) {
    this.processor = processor;
    reader.start();
  }

  /** Writes the comments to the log; completes when every one is acknowledged by the brokers. */
  public CompletableFuture<Void> append(List<PostedComment> posted, boolean backfill) {
    List<CompletableFuture<Void>> acks = new ArrayList<>();
    for (PostedComment comment : posted) acks.add(send(comment.brand(), encode(comment, backfill)));
    return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
  }

  /** Writes one record keyed by brand; completes when the brokers acknowledged it. */
  private CompletableFuture<Void> send(String brand, JsonObject record) {
    CompletableFuture<Void> ack = new CompletableFuture<>();
    // send blocks (up to max.block.ms) while the brokers' metadata is unknown: callers are workers
    producer.send(new ProducerRecord<>(TOPIC, brand, record.encode()), (metadata, error) -> {
      if (error == null) ack.complete(null);
      else ack.completeExceptionally(error);
    });
    return ack;
  }

  /**
   * Writes a change to a brand's live state after the brand's comments, for the node that reads its
   * partition; completes when the brokers have it.
   */
  @Override
  public CompletableFuture<Void> deliver(BrandChange change) {
    return send(change.brand(), new JsonObject().put("change", change.json()));
  }

  /** The partitions this node reads now, in order. */
  public List<Integer> partitions() {
    return owned.stream().sorted().toList();
  }

  private void read() {
    consumer.subscribe(List.of(TOPIC), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // offsets are committed after every stored batch: nothing to flush; the brands' state is the next owner's
        Set<Integer> lost = new HashSet<>();
        partitions.forEach(p -> {
          if (owned.remove(p.partition())) lost.add(p.partition());
        });
        int count = CommentLog.this.partitions;
        if (lost.isEmpty()) return;
        // the next owner gets these partitions only when this returns: finishing what was read first
        // keeps every brand's session and incident book on one node at a time
        try {
          if (running && !processor.awaitIdle(HANDOVER)) {
            LOG.warn("handing over partitions {} with comments still in flight after {} s; their brands may be processed"
                + " here and by the next owner for a moment", lost, HANDOVER.toSeconds());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        processor.forget(brand -> lost.contains(partitionOf(brand, count)));
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // comments stored but not processed by the partitions' previous owner (or this node's last run)
        Set<Integer> gained = new HashSet<>();
        partitions.forEach(p -> {
          if (owned.add(p.partition())) gained.add(p.partition());
        });
        int count = consumer.partitionsFor(TOPIC).size();
        CommentLog.this.partitions = count;
        Predicate<String> ofGained = brand -> gained.contains(partitionOf(brand, count));
        // what this node may still hold of these brands is stale: others ran them meanwhile
        processor.forget(ofGained);
        int resumed = gained.isEmpty() ? 0 : processor.resume(ofGained);
        LOG.info("this node now reads partitions {} of {}; resumed {} stored comments", owned, TOPIC, resumed);
      }
    });
    try {
      while (running) {
        try {
          readBatch();
          failing = false;
        } catch (WakeupException | InterruptedException stop) {
          throw stop;
        } catch (RuntimeException e) {
          // the store or the broker failed on this batch: nothing was committed, so read it again
          // after a pause, and say so on /health until a batch goes through
          failing = true;
          LOG.error("the comment log reader failed on a batch; reading it again in {} s", RETRY.toSeconds(), e);
          rewindToCommitted();
          Thread.sleep(RETRY.toMillis());
        }
      }
    } catch (WakeupException | InterruptedException stop) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void readBatch() throws InterruptedException {
    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
    if (records.isEmpty()) return;
    List<PostedComment> live = new ArrayList<>();
    List<PostedComment> history = new ArrayList<>();
    List<BrandChange> changes = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      try {
        JsonObject json = new JsonObject(record.value());
        if (json.containsKey("change")) changes.add(BrandChange.of(json.getJsonObject("change")));
        else (json.getBoolean("backfill", false) ? history : live).add(decode(json));
      } catch (RuntimeException e) {
        // only this service writes the topic: a record it cannot read is a bug or tampering; reading it
        // again would stop every brand of its partition, so it is logged whole and passed
        LOG.error("skipping an unreadable record at {}-{} offset {}: {}", record.topic(), record.partition(), record.offset(),
            record.value(), e);
      }
    }
    while (running && !processor.hasRoomFor(1)) Thread.sleep(50);
    CommentStore.Insertion stored = comments.insert(live, false);
    CommentStore.Insertion backfilled = comments.insert(history, true);
    processor.submit(stored.stored());
    processor.submit(backfilled.stored());
    changes.forEach(processor::apply);
    consumer.commitSync();
  }

  /** Moves every assigned partition back to its last committed offset, so an unstored batch is read again. */
  private void rewindToCommitted() {
    try {
      Set<TopicPartition> assigned = consumer.assignment();
      Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed = consumer.committed(assigned);
      for (TopicPartition partition : assigned) {
        var offset = committed.get(partition);
        if (offset != null) consumer.seek(partition, offset.offset());
        else consumer.seekToBeginning(List.of(partition));
      }
    } catch (RuntimeException e) {
      LOG.error("could not rewind the comment log; retrying", e);
    }
  }

  /** Whether the reader's last batch failed and it is retrying: for {@code /health}. */
  public boolean failing() {
    return failing;
  }

  /** Whether this node reads the partition of the brand's comments now. */
  @Override
  public boolean owns(String brand) {
    return owned.contains(partitionOf(brand, partitions));
  }

  /** The partition the producer's default partitioner gives a brand's key. */
  public static int partitionOf(String brand, int partitions) {
    return Utils.toPositive(Utils.murmur2(brand.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  /** A comment as this service writes it to the log (the record's key is its brand). */
  public static JsonObject encode(PostedComment comment, boolean backfill) {
    return new JsonObject().put("brand", comment.brand()).put("platform", comment.platform()).put("id", comment.id())
        .put("text", comment.text()).put("author", authorJson(comment.author()))
        .put("createdAt", comment.createdAt().toEpochMilli()).put("meta", new JsonObject(new LinkedHashMap<>(comment.meta())))
        .put("backfill", backfill);
  }

  static PostedComment decode(JsonObject json) {
    return new PostedComment(json.getString("brand"), json.getString("platform"), json.getString("id"), json.getString("text"),
        authorOf(json.getJsonObject("author")), Instant.ofEpochMilli(json.getLong("createdAt")), meta(json.getJsonObject("meta")));
  }

  private static JsonObject authorJson(Author author) {
    return new JsonObject().put("id", author.getId()).put("handle", author.getHandle())
        .put("followers", author.followersOrNull()).put("verified", author.isVerified());
  }

  private static Author authorOf(JsonObject json) {
    if (json == null) return Author.UNKNOWN;
    return new Author(json.getString("id"), json.getString("handle"), json.getLong("followers"), json.getBoolean("verified", false));
  }

  private static Map<String, String> meta(JsonObject json) {
    Map<String, String> meta = new LinkedHashMap<>();
    if (json != null) json.forEach(field -> meta.put(field.getKey(), String.valueOf(field.getValue())));
    return meta;
  }

  private static String bootstrap(String url) {
    if (!url.startsWith("kafka://") || url.length() <= "kafka://".length()) {
      throw new IllegalArgumentException("a log URL is kafka://HOST:PORT[,HOST:PORT...]");
    }
    return url.substring("kafka://".length()).replaceAll("/+$", "");
  }

  private static void createTopic(String bootstrap) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
      short replicas = (short) Math.min(3, brokers);
      admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, replicas)
          .configs(Map.of("min.insync.replicas", String.valueOf(Math.max(1, replicas - 1)))))).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) throw new IllegalStateException("cannot create " + TOPIC + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no Kafka broker answered at " + bootstrap + " within 30 s", e);
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      reader.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(5));
  }
}
