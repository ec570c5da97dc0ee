package com.digesttranslator.pipeline;

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
 */
@DefaultCoder(SerializableCoder.class)
public record AbstractOutcome(
    String path, String week, int entryIndex, int rank, String title, Status status,
    String translation, String stage, String errorClass, int httpStatus, int attempts,
    String message, int line, int requests, int retries, boolean fromCache)
    implements Serializable {

  /** The kinds of outcome. */
  public enum Status { TRANSLATED, REUSED, FAILED, BAD_FILE }

  static AbstractOutcome reused(AbstractTask task) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.REUSED, null, null, null, 0, 0, null, 0, 0, 0, false);
  }

  static AbstractOutcome translated(AbstractTask task, String translation, int attempts, int requests, int retries) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.TRANSLATED, translation, null, null, 0, attempts, null, 0, requests, retries, false);
  }

  static AbstractOutcome fromCache(AbstractTask task, String translation) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.TRANSLATED, translation, null, null, 0, 0, null, 0, 0, 0, true);
  }

  static AbstractOutcome failed(
      AbstractTask task, String stage, String errorClass, int httpStatus, int attempts, String message,
      int line, int requests, int retries) {
    return new AbstractOutcome(task.path(), task.week(), task.entryIndex(), task.rank(), task.title(),
        Status.FAILED, null, stage, errorClass, httpStatus, attempts, message, line, requests, retries, false);
  }

  static AbstractOutcome badFile(String path, int line, String message) {
    return new AbstractOutcome(path, null, -1, 0, null, Status.BAD_FILE, null, "read", "bad_file", 0, 0,
        message, line, 0, 0, false);
  }

  boolean isAbstract() {
    return status != Status.BAD_FILE;
  }
}
