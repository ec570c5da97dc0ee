package com.digesttranslator.report;

import com.digesttranslator.report.ReportData.Completion;
import java.util.ArrayList;
import java.util.List;

/** Buckets for the latency histogram and intervals for the throughput plot. */
final class Bins {
  /**
   * Latencies span milliseconds to minutes (retries, backoff), so buckets grow 1-2-5 from 100 ms.
   */
  private static final long FIRST_EDGE = 100;

  /** Interval widths a reader can think in; the narrowest one that keeps the plot readable wins. */
  private static final long[] STEPS_MS = {
    1_000,
    2_000,
    5_000,
    10_000,
    15_000,
    30_000,
    60_000,
    120_000,
    300_000,
    600_000,
    900_000,
    1_800_000,
    3_600_000,
    7_200_000,
    21_600_000,
    43_200_000,
    86_400_000
  };

  static final int MAX_INTERVALS = 60;

  private Bins() {}

  /** Latencies in [fromMs, toMs); the first bucket starts at 0. */
  record Bucket(long fromMs, long toMs, int count) {
    /** The unit is written once when both edges share it: "200–500 ms", "1–2 s", "500 ms–1 s". */
    String label() {
      if (fromMs == 0) {
        return "< " + Format.edge(toMs);
      }
      String from = Format.edge(fromMs);
      String to = Format.edge(toMs);
      String unit = to.substring(to.indexOf(' '));
      return from.endsWith(unit)
          ? from.substring(0, from.length() - unit.length()) + "–" + to
          : from + "–" + to;
    }
  }

  /** Abstracts finished in [startMs, startMs + widthMs), relative to the first completion. */
  record Interval(long startMs, long widthMs, int translated, int failed) {}

  /** Buckets from the one holding the fastest latency to the one holding the slowest. */
  static List<Bucket> latency(List<Long> latenciesMillis) {
    if (latenciesMillis.isEmpty()) {
      return List.of();
    }
    long min = latenciesMillis.stream().mapToLong(Long::longValue).min().orElseThrow();
    long max = latenciesMillis.stream().mapToLong(Long::longValue).max().orElseThrow();
    List<Bucket> buckets = new ArrayList<>();
    for (long from = 0, to = FIRST_EDGE; from <= max; from = to, to = nextEdge(to)) {
      if (to > min) {
        buckets.add(new Bucket(from, to, countIn(latenciesMillis, from, to)));
      }
    }
    return buckets;
  }

  /** The next value of the 1-2-5 series: 100 → 200 → 500 → 1000 … */
  static long nextEdge(long edge) {
    long magnitude = 1;
    while (magnitude * 10 <= edge) {
      magnitude *= 10;
    }
    long digit = edge / magnitude;
    return digit == 1 ? 2 * magnitude : digit == 2 ? 5 * magnitude : 10 * magnitude;
  }

  private static int countIn(List<Long> values, long from, long to) {
    return (int) values.stream().filter(v -> v >= from && v < to).count();
  }

  static List<Interval> throughput(List<Completion> completions) {
    if (completions.isEmpty()) {
      return List.of();
    }
    long start = completions.stream().mapToLong(Completion::atMillis).min().orElseThrow();
    long span = completions.stream().mapToLong(Completion::atMillis).max().orElseThrow() - start;
    long width = intervalWidth(span);
    int[] translated = new int[(int) (span / width) + 1];
    int[] failed = new int[translated.length];
    for (Completion c : completions) {
      int i = (int) ((c.atMillis() - start) / width);
      if (c.failed()) {
        failed[i]++;
      } else {
        translated[i]++;
      }
    }
    List<Interval> intervals = new ArrayList<>();
    for (int i = 0; i < translated.length; i++) {
      intervals.add(new Interval(i * width, width, translated[i], failed[i]));
    }
    return intervals;
  }

  static long intervalWidth(long spanMs) {
    for (long step : STEPS_MS) {
      if (spanMs / step < MAX_INTERVALS) {
        return step;
      }
    }
    return (spanMs / MAX_INTERVALS / STEPS_MS[STEPS_MS.length - 1] + 1)
        * STEPS_MS[STEPS_MS.length - 1];
  }
}
