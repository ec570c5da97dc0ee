package com.digesttranslator.pipeline;

import com.digesttranslator.report.AbstractRow;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * What became of one abstract, or of a whole file that could not be read. Every abstract found in
 * the input produces exactly one outcome, which is what makes the summary's counts add up.
 *
 * @param entryIndex position of the entry in its file; -1 for a file-level outcome
 * @param line line of the problem for parse failures, else 0
 * @param fromCache translated by an earlier run (no request made now)
 * @param latencyMillis time spent on the requests for this text (first copy of a text only)
 * @param finishedAtMillis when this run finished the text (epoch ms), 0 when no request was made
 * @param chars characters sent for this text (first copy of a text only)
 */
@DefaultCoder(SerializableCoder.class)
public record AbstractOutcome(
    String path, String week, int entryIndex, int rank, String title, Status status,
    String translation, String stage, String errorClass, int httpStatus, int attempts,
    String message, int line, int requests, int retries, boolean fromCache,
    long latencyMillis, long finishedAtMillis, long chars)
    implements Serializable {

  /** The kinds of outcome. */
  public enum Status { TRANSLATED, REUSED, FAILED, BAD_FILE }

  static AbstractOutcome reused(AbstractTask task) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.REUSED, null, null, null, 0, 0, null, 0, 0, 0, false, 0, 0, 0);
  }

  /** The cost of one text's requests, carried by the first abstract with that text. */
  public record Cost(int requests, int retries, long latencyMillis, long finishedAtMillis, long chars) {}

  public static AbstractOutcome translated(AbstractTask task, String translation, int attempts, Cost cost) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.TRANSLATED, translation, null, null, 0, attempts, null, 0, cost.requests(), cost.retries(), false,
        cost.latencyMillis(), cost.finishedAtMillis(), cost.chars());
  }

  public static AbstractOutcome fromCache(AbstractTask task, String translation) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.TRANSLATED, translation, null, null, 0, 0, null, 0, 0, 0, true, 0, 0, 0);
  }

  public static AbstractOutcome failed(
      AbstractTask task, String errorClass, int httpStatus, int attempts, String message, Cost cost) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.FAILED, null, "translate", errorClass, httpStatus, attempts, message, 0, cost.requests(),
        cost.retries(), false, cost.latencyMillis(), cost.finishedAtMillis(), cost.chars());
  }

  static AbstractOutcome malformed(AbstractTask task, int line, String message) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.FAILED, null, "parse", "format", 0, 0, message, line, 0, 0, false, 0, 0, 0);
  }

  static AbstractOutcome badFile(String path, int line, String message) {
    return new AbstractOutcome(path, null, -1, 0, null, Status.BAD_FILE, null, "read", "bad_file", 0, 0,
        message, line, 0, 0, false, 0, 0, 0);
  }

  AbstractRow toReportRow() {
    return new AbstractRow(week, path, rank, title, AbstractRow.Status.valueOf(status.name()), fromCache,
        errorClass, httpStatus, message, line, requests, retries, latencyMillis, finishedAtMillis, chars);
  }

  boolean isAbstract() {
    return status != Status.BAD_FILE;
  }
}
