package com.digesttranslator.report;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractOutcome.Cost;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.translate.ErrorClass;
import java.util.Locale;

/** Short-hand for building the outcomes the pipeline would give the report. */
final class Outcomes {
  private Outcomes() {}

  static AbstractTask task(String week, String file, int rank, String title) {
    return new AbstractTask(file, week, rank - 1, rank, title, "Abstract " + rank);
  }

  private static AbstractTask task(String week, String file, int rank) {
    return task(week, file, rank, "Paper " + rank);
  }

  static AbstractOutcome translated(
      String week, String file, int rank, long latencyMillis, long finishedAt, long chars) {
    return AbstractOutcome.translated(
        task(week, file, rank),
        "Translation " + rank,
        new Cost(1, 0, latencyMillis, finishedAt, chars));
  }

  static AbstractOutcome cached(String week, String file, int rank) {
    return AbstractOutcome.fromCache(task(week, file, rank), "Translation " + rank);
  }

  static AbstractOutcome reused(String week, String file, int rank) {
    return AbstractOutcome.reused(task(week, file, rank));
  }

  /** With a latency, the text cost three requests (two retries) and 1000 characters. */
  static AbstractOutcome failed(
      String week,
      String file,
      int rank,
      String errorClass,
      int http,
      String message,
      long latencyMillis,
      long finishedAt) {
    boolean sent = latencyMillis > 0;
    return AbstractOutcome.failed(
        task(week, file, rank),
        ErrorClass.valueOf(errorClass.toUpperCase(Locale.ROOT)),
        http,
        sent ? 3 : 0,
        message,
        new Cost(sent ? 3 : 0, sent ? 2 : 0, latencyMillis, finishedAt, sent ? 1000 : 0));
  }

  static AbstractOutcome malformed(String week, String file, int rank, int line) {
    return AbstractOutcome.malformed(
        task(week, file, rank), line, file + ":" + line + ": entry has no original abstract");
  }

  static AbstractOutcome badFile(String file, String message) {
    return AbstractOutcome.badFile(file, 0, message);
  }
}
