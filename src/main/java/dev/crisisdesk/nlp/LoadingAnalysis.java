package dev.crisisdesk.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The analysis while its models load in the background: the service listens and stores comments at
 * once, and their analysis waits here until the models are ready ({@code /health} says
 * {@code starting} until then). A load that fails fails every analysis with its cause.
 */
public final class LoadingAnalysis implements TextAnalysis {
  private final CompletableFuture<TextAnalysis> loading = new CompletableFuture<>();
  private final Thread thread;
  private volatile long startedAt;

  /** Loads nothing until {@link #start()}: the service first compiles its rules, which it needs to listen, on the whole machine. */
  public LoadingAnalysis(Supplier<? extends TextAnalysis> loader) {
    thread = new Thread(() -> {
      try {
        loading.complete(loader.get());
      } catch (RuntimeException | Error e) {
        loading.completeExceptionally(e);
      }
    }, "model-loading");
    thread.setDaemon(true);
  }

  /** Starts loading the models in the background; analyses wait for them. */
  public synchronized LoadingAnalysis start() {
    if (thread.getState() == Thread.State.NEW) {
      startedAt = System.nanoTime();
      thread.start();
    }
    return this;
  }

  @Override
  public Analysis analyze(String text) {
    return loading.join().analyze(text);
  }

  @Override
  public boolean ready() {
    return loading.isDone() && !loading.isCompletedExceptionally();
  }

  /** Completes when the models are loaded, with the seconds it took, or with the load's failure. */
  public CompletableFuture<Double> loaded() {
    return loading.thenApply(analysis -> (System.nanoTime() - startedAt) / 1e9);
  }
}
