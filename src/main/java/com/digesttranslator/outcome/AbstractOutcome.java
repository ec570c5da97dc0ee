package com.digesttranslator.outcome;

import com.digesttranslator.digest.FileName;
import com.digesttranslator.digest.WeekId;
import com.digesttranslator.translate.ErrorClass;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one abstract, or of a whole file that could not be read. Every abstract found in
 * the input produces exactly one outcome, and a readable digest has at least one entry, so the
 * outcomes alone give every total the run reports ({@link RunTotals}).
 *
 * @param path the input file
 * @param week the digest's week label ({@code 2026-W03}, or {@code unknown}); null for a bad file
 * @param entryIndex position of the entry in its file; -1 for a file-level outcome
 * @param rank the entry's rank in the digest; 0 for a file-level outcome
 * @param title untrusted text from the digest; null for a file-level outcome
 * @param translation the new translation of a TRANSLATED abstract, else null
 * @param fromCache translated by an earlier run (no request made now)
 * @param cost what this run's requests for the text cost (first copy of a text only)
 * @param failure why it was not translated: present exactly for FAILED and BAD_FILE
 */
public record AbstractOutcome(
    String path,
    String week,
    int entryIndex,
    int rank,
    String title,
    Status status,
    String translation,
    boolean fromCache,
    Cost cost,
    Failure failure)
    implements Serializable {

  /** The kinds of outcome. */
  public enum Status {
    TRANSLATED,
    REUSED,
    FAILED,
    BAD_FILE
  }

  public AbstractOutcome {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(cost, "cost");
    boolean failing = status == Status.FAILED || status == Status.BAD_FILE;
    if (failing != (failure != null)) {
      throw new IllegalArgumentException(
          status
              + " outcome "
              + (failing ? "without" : "with")
              + " failure details: "
              + path
              + " #"
              + rank);
    }
  }

  /**
   * The cost of one text's requests, carried by the first abstract with that text.
   *
   * @param latencyMillis time spent on the requests for this text
   * @param finishedAtMillis when this run finished the text (epoch ms), 0 when no request was made
   * @param chars characters sent for this text
   */
  public record Cost(
      int requests, int retries, long latencyMillis, long finishedAtMillis, long chars)
      implements Serializable {
    public static final Cost NONE = new Cost(0, 0, 0, 0, 0);
  }

  /**
   * Why an abstract or file was not translated.
   *
   * @param httpStatus last HTTP status of a failed request, 0 if none
   * @param attempts requests tried for the text, 0 when none was sent
   * @param line line of a format problem or bad file, 0 if none
   * @param message untrusted text (may quote a provider's reply)
   */
  public record Failure(
      FailureClass errorClass, int httpStatus, int attempts, int line, String message)
      implements Serializable {

    public Failure {
      Objects.requireNonNull(errorClass, "errorClass");
    }

    public Stage stage() {
      return errorClass.stage();
    }
  }

  public static AbstractOutcome reused(AbstractTask task) {
    return of(task, Status.REUSED, null, false, Cost.NONE, null);
  }

  public static AbstractOutcome translated(AbstractTask task, String translation, Cost cost) {
    return of(task, Status.TRANSLATED, translation, false, cost, null);
  }

  public static AbstractOutcome fromCache(AbstractTask task, String translation) {
    return of(task, Status.TRANSLATED, translation, true, Cost.NONE, null);
  }

  public static AbstractOutcome failed(
      AbstractTask task,
      ErrorClass errorClass,
      int httpStatus,
      int attempts,
      String message,
      Cost cost) {
    return of(
        task,
        Status.FAILED,
        null,
        false,
        cost,
        new Failure(FailureClass.of(errorClass), httpStatus, attempts, 0, message));
  }

  public static AbstractOutcome malformed(AbstractTask task, int line, String message) {
    return of(
        task,
        Status.FAILED,
        null,
        false,
        Cost.NONE,
        new Failure(FailureClass.FORMAT, 0, 0, line, message));
  }

  public static AbstractOutcome badFile(String path, int line, String message) {
    return new AbstractOutcome(
        path,
        null,
        -1,
        0,
        null,
        Status.BAD_FILE,
        null,
        false,
        Cost.NONE,
        new Failure(FailureClass.BAD_FILE, 0, 0, line, message));
  }

  private static AbstractOutcome of(
      AbstractTask task,
      Status status,
      String translation,
      boolean fromCache,
      Cost cost,
      Failure failure) {
    return new AbstractOutcome(
        task.path(),
        task.week(),
        task.entryIndex(),
        task.rank(),
        task.title(),
        status,
        translation,
        fromCache,
        cost,
        failure);
  }

  /** This outcome without its translation, for consumers that only count and list outcomes. */
  public AbstractOutcome withoutTranslation() {
    return new AbstractOutcome(
        path, week, entryIndex, rank, title, status, null, fromCache, cost, failure);
  }

  /** Whether this is an abstract's outcome rather than an unreadable file's. */
  public boolean isAbstract() {
    return status != Status.BAD_FILE;
  }

  /** Whether it was not translated: a failed abstract or a bad file. */
  public boolean isFailure() {
    return failure != null;
  }

  /** The week of the outcome's digest: its label's, else the one in the file's name. */
  public Optional<WeekId> weekId() {
    return Optional.ofNullable(week).flatMap(WeekId::find).or(() -> WeekId.find(fileName()));
  }

  /** The last segment of the path, whatever file system the input is on. */
  public String fileName() {
    return FileName.of(path);
  }
}
