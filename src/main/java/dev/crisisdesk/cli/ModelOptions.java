package dev.crisisdesk.cli;

import dev.crisisdesk.nlp.Analyzer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the NLP models are, shared by every command that analyses text: {@code --models} and {@code --classifier}. */
final class ModelOptions {
  @Option(names = "--models", defaultValue = "./models", description = "NLP models folder (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--classifier",
      description = "Your own ONNX classifier: a folder with model.properties, the graph and its tokenizer.json (see docs/nlp.md, 'Your own model beside ours');"
          + " it replaces or joins our transformer for the tasks it answers.")
  Path classifier;

  Analyzer load() {
    return Analyzer.load(models, classifier);
  }
}
