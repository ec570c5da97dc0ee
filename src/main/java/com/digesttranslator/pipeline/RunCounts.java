package com.digesttranslator.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * The numbers in {@code summary.json}; {@code fromCache} counts translated abstracts whose
 * translation came from an earlier run's cache. Built from outcomes, never from metrics, so they are exact
 * whatever bundle retries the runner does: {@code abstracts == translated + reused + failed}.
 */
@DefaultCoder(SerializableCoder.class)
@JsonPropertyOrder({"files", "badFiles", "abstracts", "translated", "reused", "failed", "requests", "retries", "fromCache"})
public record RunCounts(
    long files, long badFiles, long abstracts, long translated, long reused, long failed,
    long requests, long retries, long fromCache)
    implements Serializable {

  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  static RunCounts ofFile(boolean bad) {
    return new RunCounts(1, bad ? 1 : 0, 0, 0, 0, 0, 0, 0, 0);
  }

  static RunCounts of(AbstractOutcome o) {
    if (!o.isAbstract()) {
      return ZERO;
    }
    return new RunCounts(0, 0, 1,
        o.status() == AbstractOutcome.Status.TRANSLATED ? 1 : 0,
        o.status() == AbstractOutcome.Status.REUSED ? 1 : 0,
        o.status() == AbstractOutcome.Status.FAILED ? 1 : 0,
        o.requests(), o.retries(), o.fromCache() ? 1 : 0);
  }

  RunCounts plus(RunCounts o) {
    return new RunCounts(files + o.files, badFiles + o.badFiles, abstracts + o.abstracts,
        translated + o.translated, reused + o.reused, failed + o.failed,
        requests + o.requests, retries + o.retries, fromCache + o.fromCache);
  }

  /** Whether anything was not translated: a bad file or a failed abstract. */
  public boolean hasFailures() {
    return badFiles > 0 || failed > 0;
  }
}
