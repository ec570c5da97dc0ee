package com.digesttranslator.pipeline.shard;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a progress line about every 10 seconds while abstracts are translated: done / total, rate,
 * ETA and failures so far. One meter per run and JVM (on a multi-worker runner each worker reports
 * its own share).
 */
final class ProgressMeter {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressMeter.class);
  private static final ConcurrentMap<String, ProgressMeter> BY_RUN = new ConcurrentHashMap<>();
  private static final long INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final long started = System.nanoTime();
  private final AtomicLong lastLog = new AtomicLong(started);

  static ProgressMeter forRun(String runId) {
    return BY_RUN.computeIfAbsent(runId, id -> new ProgressMeter());
  }

  void expect(long abstracts) {
    total.addAndGet(abstracts);
  }

  void finished(long abstracts, long failures) {
    done.addAndGet(abstracts);
    failed.addAndGet(failures);
    long now = System.nanoTime();
    long last = lastLog.get();
    if (now - last >= INTERVAL_NANOS && lastLog.compareAndSet(last, now)) {
      LOG.info(line(now));
    }
  }

  private String line(long now) {
    long d = done.get();
    long t = Math.max(total.get(), d);
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    double rate = d / seconds;
    String eta = rate > 0 ? formatDuration((long) ((t - d) / rate)) : "unknown";
    return String.format(
        "Progress: %d/%d abstracts (%.0f%%), %.1f/s, ETA %s, %d failed so far",
        d, t, t == 0 ? 100.0 : 100.0 * d / t, rate, eta, failed.get());
  }

  private static String formatDuration(long seconds) {
    return seconds >= 3600
        ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : String.format("%dm%02ds", seconds / 60, seconds % 60);
  }
}
