package com.digesttranslator.report;

import com.digesttranslator.report.AbstractRow.Status;

/** Short-hand for building the rows the pipeline would map from its outcomes. */
final class Rows {
  private Rows() {}

  static AbstractRow translated(String week, String file, int rank, long latencyMillis, long finishedAt, long chars) {
    return new AbstractRow(week, file, rank, "Paper " + rank, Status.TRANSLATED, false, null, 0, null, 0,
        1, 0, latencyMillis, finishedAt, chars);
  }

  static AbstractRow cached(String week, String file, int rank) {
    return new AbstractRow(week, file, rank, "Paper " + rank, Status.TRANSLATED, true, null, 0, null, 0,
        0, 0, 0, 0, 0);
  }

  static AbstractRow reused(String week, String file, int rank) {
    return new AbstractRow(week, file, rank, "Paper " + rank, Status.REUSED, false, null, 0, null, 0,
        0, 0, 0, 0, 0);
  }

  static AbstractRow failed(String week, String file, int rank, String errorClass, int http, String message,
      long latencyMillis, long finishedAt) {
    return new AbstractRow(week, file, rank, "Paper " + rank, Status.FAILED, false, errorClass, http, message, 0,
        latencyMillis > 0 ? 3 : 0, latencyMillis > 0 ? 2 : 0, latencyMillis, finishedAt, latencyMillis > 0 ? 1000 : 0);
  }

  static AbstractRow malformed(String week, String file, int rank, int line) {
    return new AbstractRow(week, file, rank, "Paper " + rank, Status.FAILED, false, "format", 0,
        file + ":" + line + ": entry has no original abstract", line, 0, 0, 0, 0, 0);
  }

  static AbstractRow badFile(String file, String message) {
    return new AbstractRow(null, file, 0, null, Status.BAD_FILE, false, "bad_file", 0, message, 0,
        0, 0, 0, 0, 0);
  }
}
