package dev.crisisdesk.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CPU time of this process's threads, native ones included (ONNX Runtime's, the JIT's, the
 * collector's), grouped by thread name without its number, from Linux's {@code /proc/self/task}:
 * where a benchmark run's time went. Empty where /proc does not exist.
 */
final class ThreadCpu {
  /** Clock ticks per second of {@code /proc}'s counters: 100 on every Linux this runs on. */
  private static final long TICK_MILLIS = 10;

  private ThreadCpu() {}

  /** Milliseconds of CPU (user and system) used so far by each live thread, keyed by "tid group". */
  static Map<String, Long> snapshot() {
    Map<String, Long> threads = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          threads.put(task.getFileName() + " " + group(name), millis(stat));
        } catch (IOException | RuntimeException e) {
          // the thread ended while being read
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return threads;
  }

  /** CPU milliseconds per thread group since the snapshot (threads started since count whole). */
  static Map<String, Long> since(Map<String, Long> before) {
    return spentByName(snapshot(), before, Set.of());
  }

  /** What each "id name" key spent between the two readings, summed by name, leaving out the ids given. */
  private static Map<String, Long> spentByName(Map<String, Long> now, Map<String, Long> before, Set<Long> leftOut) {
    Map<String, Long> byName = new HashMap<>();
    now.forEach((key, millis) -> {
      int space = key.indexOf(' ');
      if (leftOut.contains(Long.parseLong(key.substring(0, space)))) return;
      long spent = millis - before.getOrDefault(key, 0L);
      if (spent > 0) byName.merge(key.substring(space + 1), spent, Long::sum);
    });
    return byName;
  }

  /** Milliseconds of CPU the whole process used so far, ended threads included; -1 without /proc. */
  static long process() {
    return cpu(Path.of("/proc/self/stat"));
  }

  /** The same for another process. */
  static long process(long pid) {
    return cpu(Path.of("/proc", Long.toString(pid), "stat"));
  }

  /**
   * Milliseconds of CPU used so far by every process on the machine, keyed by "pid program": its
   * name, or for a JVM, "kafka" or "crisisdesk" when its command line runs one of them.
   */
  static Map<String, Long> processes() {
    Map<String, Long> processes = new HashMap<>();
    try (DirectoryStream<Path> all = Files.newDirectoryStream(Path.of("/proc"), entry -> entry.getFileName().toString().matches("\\d+"))) {
      for (Path process : all) {
        try {
          String stat = Files.readString(process.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (name.equals("java")) {
            String command = Files.readString(process.resolve("cmdline"));
            name = command.contains("kafka.Kafka") ? "kafka" : command.contains("dev.crisisdesk") || command.contains("crisisdesk.jar") ? "crisisdesk" : name;
          }
          processes.put(process.getFileName() + " " + name, millis(stat));
        } catch (IOException | RuntimeException e) {
          // the process ended while being read, or is not ours to read
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return processes;
  }

  /**
   * CPU milliseconds per program since the snapshot of {@link #processes()} (processes started since
   * count whole), leaving out the processes {@code counted} elsewhere.
   */
  static Map<String, Long> programsSince(Map<String, Long> before, Set<Long> counted) {
    return spentByName(processes(), before, counted);
  }


  /** Milliseconds of CPU the whole machine spent on anything but idling and waiting, so far; -1 without /proc. */
  static long machineBusy() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      // cpu user nice system idle iowait irq softirq steal ...
      for (int i = 1; i < fields.length && i <= 8; i++) if (i != 4 && i != 5) busy += Long.parseLong(fields[i]);
      return busy * TICK_MILLIS;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long cpu(Path statFile) {
    try {
      return millis(Files.readString(statFile));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** User and system time of a process's or thread's {@code stat} line, in milliseconds. */
  private static long millis(String stat) {
    // the name is in parentheses and may hold spaces: the fields after it are fixed
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MILLIS;
  }

  static long total(Map<String, Long> groups) {
    return groups.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The groups, largest first, as " name x.xx ms (y%)" per comment. */
  static String breakdown(Map<String, Long> groups, int comments) {
    long total = Math.max(1, total(groups));
    return groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .filter(e -> e.getValue() * 100 >= total)
        .map(e -> String.format(Locale.ROOT, " %s %.2f ms (%d%%)", e.getKey(), e.getValue() / (double) comments, e.getValue() * 100 / total))
        .collect(Collectors.joining(","));
  }

  /** "analysis-2" and "analysis-12" are one group, as are "C2 CompilerThre" and its siblings. */
  static String group(String name) {
    return name.replaceAll("[-# ]*\\d+$", "").replaceAll("CompilerThre.*", "Compiler");
  }
}
