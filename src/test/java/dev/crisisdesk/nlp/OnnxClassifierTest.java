package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crisisdesk.nlp.OnnxClassifier.Task;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxClassifierTest {
  private static final Path OURS = Path.of("models", TransformerModels.FOLDER);
  private static OnnxClassifier classifier;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() {
    classifier = OnnxClassifier.load(OURS);
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  @Test
  void theServiceTokenizesExactlyAsTheTrainingRecipeDid() throws Exception {
    // parity-ids.txt was written by src/train/transformer/wordpiece.py from parity-texts.txt
    Path resources = Path.of("src/test/resources/transformer");
    String[] texts = Files.readString(resources.resolve("parity-texts.txt"), StandardCharsets.UTF_8).split("\n");
    List<String> ids = Files.readAllLines(resources.resolve("parity-ids.txt"), StandardCharsets.UTF_8);
    assertThat(texts).hasSize(ids.size());
    for (int i = 0; i < texts.length; i++) {
      long[] expected = Arrays.stream(ids.get(i).split(" ")).mapToLong(Long::parseLong).toArray();
      assertThat(classifier.ids(texts[i])).as(texts[i]).containsExactly(expected);
    }
  }

  @Test
  void everyHeadIsADistributionAndABatchAgreesWithSingleTexts() {
    List<String> texts = List.of("you lost my bag again, worst airline ever", "thank you so much, the refund arrived!", "ok");
    var batch = classifier.score(texts).stream().map(OnnxClassifier.Scored::heads).toList();
    for (int i = 0; i < texts.size(); i++) {
      var single = classifier.classify(texts.get(i));
      for (Task task : Task.values()) {
        assertThat(Arrays.stream(batch.get(i).get(task)).sum()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
        // int8 activations are quantized over the whole batch, so batch mates move a probability a
        // little (the service classifies one comment per call, so its scores never depend on others)
        assertThat(batch.get(i).get(task)).containsExactly(single.get(task), org.assertj.core.data.Offset.offset(0.05));
        assertThat(argmax(batch.get(i).get(task))).isEqualTo(argmax(single.get(task)));
      }
    }
    assertThat(batch.get(0).get(Task.sentiment)[0]).isGreaterThan(0.5);
    assertThat(batch.get(1).get(Task.sentiment)[2]).isGreaterThan(0.5);
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    return best;
  }

  @Test
  void anOperatorsModelReplacesOursForTheTasksItAnswers() throws Exception {
    // the operator's "model" is ours read with its sentiment columns reversed and no other head
    Files.copy(OURS.resolve("model.onnx"), dir.resolve("model.onnx"));
    Files.copy(OURS.resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
    Files.writeString(dir.resolve(OnnxClassifier.PROPERTIES), "model = model.onnx\ntokenizer = tokenizer.json\nhead.sentiment = 2,1,0\n");
    String angry = "you lost my bag again, worst airline ever";
    try (TransformerModels models = TransformerModels.load(Path.of("models"), dir)) {
      var p = models.classify(angry);
      assertThat(p.get(Task.sentiment)[2]).isGreaterThan(0.5);
      try (TransformerModels withoutTheirs = TransformerModels.load(Path.of("models"), null)) {
        assertThat(p.get(Task.offensive)).containsExactly(withoutTheirs.classify(angry).get(Task.offensive));
      }
    }
    Files.writeString(dir.resolve(OnnxClassifier.PROPERTIES), "model = model.onnx\ntokenizer = tokenizer.json\nhead.sentiment = 2,1,0\njoin = 0.5\n");
    try (TransformerModels models = TransformerModels.load(Path.of("models"), dir);
        TransformerModels withoutTheirs = TransformerModels.load(Path.of("models"), null)) {
      double[] joined = models.classify(angry).get(Task.sentiment);
      double[] ours = withoutTheirs.classify(angry).get(Task.sentiment);
      double theirsNegative = classifier.classify(angry).get(Task.sentiment)[2];
      assertThat(joined[0]).isCloseTo((ours[0] + theirsNegative) / 2, org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void aSpecialistIsAskedOnlyWhereTheSharedModelIsUnsure() throws Exception {
    // the "specialist" is ours read with its offensive columns swapped, asked when the shared "yes" is below 0.5
    Path models = dir.resolve("models");
    Path specialist = specialistBeside(models, Task.offensive);
    Files.writeString(specialist.resolve(OnnxClassifier.PROPERTIES),
        "model = model.onnx\ntokenizer = tokenizer.json\nhead.offensive = 4,3\naskWhen = 0,0.5\n");
    String calm = "thanks, the new menu looks lovely";
    String rude = "@user shut up you absolute fucking idiot";
    try (TransformerModels withSpecialist = TransformerModels.load(models, null)) {
      double[] sharedCalm = classifier.classify(calm).get(Task.offensive);
      double[] sharedRude = classifier.classify(rude).get(Task.offensive);
      assertThat(sharedCalm[1]).isLessThan(0.5);
      assertThat(sharedRude[1]).isGreaterThan(0.5);

      assertThat(withSpecialist.classify(calm).get(Task.offensive)).containsExactly(sharedCalm[1], sharedCalm[0]);
      assertThat(withSpecialist.classify(rude).get(Task.offensive)).containsExactly(sharedRude);
      assertThat(withSpecialist.classify(calm).get(Task.sentiment)).containsExactly(classifier.classify(calm).get(Task.sentiment));
    }
    Files.writeString(specialist.resolve(OnnxClassifier.PROPERTIES), "model = model.onnx\ntokenizer = tokenizer.json\nhead.offensive = 4,3\naskWhen = 0.9,0.1\n");
    assertThatThrownBy(() -> TransformerModels.load(models, null)).hasMessageContaining("askWhen must be");
  }

  @Test
  void aSentimentSpecialistIsAskedOnlyWhereTheSharedModelsTopClassIsBelowItsBar() throws Exception {
    // the "specialist" is ours read with its sentiment columns reversed; its bar sits between a sure and an unsure text
    Path models = dir.resolve("models");
    Path specialist = specialistBeside(models, Task.sentiment);
    String sure = "I love this so much, thank you, best day ever!";
    String unsure = "the update came out today";
    double[] sharedSure = classifier.classify(sure).get(Task.sentiment);
    double[] sharedUnsure = classifier.classify(unsure).get(Task.sentiment);
    double top = Math.max(sharedSure[0], Math.max(sharedSure[1], sharedSure[2]));
    double topUnsure = Math.max(sharedUnsure[0], Math.max(sharedUnsure[1], sharedUnsure[2]));
    assertThat(topUnsure).isLessThan(top);
    Files.writeString(specialist.resolve(OnnxClassifier.PROPERTIES),
        "model = model.onnx\ntokenizer = tokenizer.json\nhead.sentiment = 2,1,0\naskBelow = " + (top + topUnsure) / 2 + "\n");
    try (TransformerModels withSpecialist = TransformerModels.load(models, null)) {
      assertThat(withSpecialist.classify(sure).get(Task.sentiment)).containsExactly(sharedSure);
      assertThat(withSpecialist.classify(unsure).get(Task.sentiment)).containsExactly(sharedUnsure[2], sharedUnsure[1], sharedUnsure[0]);
    }
    Files.writeString(specialist.resolve(OnnxClassifier.PROPERTIES), "model = model.onnx\ntokenizer = tokenizer.json\nhead.sentiment = 2,1,0\naskBelow = 0\n");
    assertThatThrownBy(() -> TransformerModels.load(models, null)).hasMessageContaining("askBelow must be");
  }

  /** A models folder holding ours and, as the specialist for {@code task}, a copy of ours; the specialist's folder, to describe. */
  private static Path specialistBeside(Path models, Task task) throws Exception {
    Path specialist = models.resolve(TransformerModels.FOLDER + "-" + task);
    Files.createDirectories(specialist);
    Files.createSymbolicLink(models.resolve(TransformerModels.FOLDER), OURS.toAbsolutePath());
    Files.copy(OURS.resolve("model.onnx"), specialist.resolve("model.onnx"));
    Files.copy(OURS.resolve("tokenizer.json"), specialist.resolve("tokenizer.json"));
    return specialist;
  }

  @Test
  void aBadDescriptionNamesItsFileAndKey() throws Exception {
    Path file = dir.resolve(OnnxClassifier.PROPERTIES);
    Files.writeString(file, "model = model.onnx\ntokenizer = tokenizer.json\nhead.sentiment = 0,1\n");
    assertThatThrownBy(() -> OnnxClassifier.load(dir)).hasMessageContaining(file.toString()).hasMessageContaining("head.sentiment needs 3");
    Files.writeString(file, "model = ../../etc/passwd\ntokenizer = tokenizer.json\nhead.hate = 0,1\n");
    assertThatThrownBy(() -> OnnxClassifier.load(dir)).hasMessageContaining("model = ../../etc/passwd is not a file in");
    Files.writeString(file, "model = model.onnx\ntokenizer = tokenizer.json\nhead.hate = 0,1\njoin = 2\n");
    assertThatThrownBy(() -> OnnxClassifier.load(dir)).hasMessageContaining("join must be");
  }
}
