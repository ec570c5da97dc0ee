package com.digesttranslator.outcome;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/**
 * The numbers in {@code summary.json}; {@code fromCache} counts translated abstracts whose
 * translation came from an earlier run's cache. Built from outcomes, never from metrics, so they
 * are exact whatever bundle retries the runner does: {@code abstracts == translated + reused +
 * failed}. Summed per element ({@link #of}, {@link #ofFile}, {@link #plus}); {@link RunTotals} sums
 * a run's outcomes.
 */
@JsonPropertyOrder({
  "files",
  "badFiles",
  "abstracts",
  "translated",
  "reused",
  "failed",
  "requests",
  "retries",
  "fromCache"
})
public record RunCounts(
    long files,
    long badFiles,
    long abstracts,
    long translated,
    long reused,
    long failed,
    long requests,
    long retries,
    long fromCache)
    implements Serializable {

  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** One file read, or found unreadable. */
  public static RunCounts ofFile(boolean bad) {
    return new RunCounts(1, bad ? 1 : 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** What one outcome adds to the abstracts' counts; a bad file adds nothing here. */
  public static RunCounts of(AbstractOutcome o) {
    if (!o.isAbstract()) {
      return ZERO;
    }
    return new RunCounts(
        0,
        0,
        1,
        o.status() == AbstractOutcome.Status.TRANSLATED ? 1 : 0,
        o.status() == AbstractOutcome.Status.REUSED ? 1 : 0,
        o.status() == AbstractOutcome.Status.FAILED ? 1 : 0,
        o.cost().requests(),
        o.cost().retries(),
        o.fromCache() ? 1 : 0);
  }

  public RunCounts plus(RunCounts o) {
    return new RunCounts(
        files + o.files,
        badFiles + o.badFiles,
        abstracts + o.abstracts,
        translated + o.translated,
        reused + o.reused,
        failed + o.failed,
        requests + o.requests,
        retries + o.retries,
        fromCache + o.fromCache);
  }

  /** Whether anything was not translated: a bad file or a failed abstract. */
  public boolean hasFailures() {
    return badFiles > 0 || failed > 0;
  }
}
