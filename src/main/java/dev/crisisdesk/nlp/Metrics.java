package dev.crisisdesk.nlp;

/** A confusion matrix over classes 0..n-1 and the benchmark metrics read from it. */
public final class Metrics {
  // counts[gold][predicted]
  private final long[][] counts;

  public Metrics(int classes) {
    if (classes < 2) throw new IllegalArgumentException("classes < 2: " + classes);
    counts = new long[classes][classes];
  }

  public void add(int gold, int predicted) {
    counts[gold][predicted]++;
  }

  public double recall(int c) {
    long row = 0;
    for (long n : counts[c]) row += n;
    return row == 0 ? 0 : (double) counts[c][c] / row;
  }

  public double precision(int c) {
    long column = 0;
    for (long[] row : counts) column += row[c];
    return column == 0 ? 0 : (double) counts[c][c] / column;
  }

  public double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroRecall() {
    double sum = 0;
    for (int c = 0; c < counts.length; c++) sum += recall(c);
    return sum / counts.length;
  }

  public double macroF1() {
    double sum = 0;
    for (int c = 0; c < counts.length; c++) sum += f1(c);
    return sum / counts.length;
  }

  /** Rows are gold labels, columns predictions. */
  public String confusion(String... names) {
    StringBuilder out = new StringBuilder(String.format("%-12s", "gold\\pred"));
    for (String name : names) out.append(String.format("%10s", name));
    out.append('\n');
    for (int g = 0; g < counts.length; g++) {
      out.append(String.format("%-12s", names[g]));
      for (long n : counts[g]) out.append(String.format("%10d", n));
      out.append('\n');
    }
    return out.toString();
  }
}
