package com.digesttranslator.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * One abstract, or one unreadable file, as the run report needs it. The pipeline maps each of its
 * per-abstract outcomes to exactly one row, so the report counts what {@code summary.json} counts.
 *
 * @param week the week label of the abstract's digest ({@code 2026-W03}, {@code unknown}, or null
 *     for a bad file); when it is not an ISO week the file name's week is used instead
 * @param file the input file's path; its last segment is the output digest's name
 * @param rank the entry's rank in the digest; 0 for a bad file
 * @param title untrusted text from the digest; may be null
 * @param fromCache translated by an earlier run: no request was made now
 * @param errorClass for FAILED and BAD_FILE: transient, permanent, auth, quota, quality, format, bad_file
 * @param httpStatus last HTTP status of a failed request, 0 if none
 * @param message untrusted text (may quote a provider's reply); null when there is nothing to say
 * @param line line of a format problem or bad file, 0 if none
 * @param requests requests sent for this abstract's text (0 for its duplicates, as in the outcome)
 * @param retries retries among those requests
 * @param latencyMillis how long the request(s) for this text took, 0 when none was made
 * @param finishedAtMillis epoch ms when the abstract was translated or gave up, 0 when not translated now
 * @param chars characters sent to the provider for this text, 0 for duplicates, cache hits and reuse
 */
public record AbstractRow(
    String week, String file, int rank, String title, Status status, boolean fromCache,
    String errorClass, int httpStatus, String message, int line,
    int requests, int retries, long latencyMillis, long finishedAtMillis, long chars)
    implements Serializable {

  /** The same kinds as the pipeline's outcomes. */
  public enum Status { TRANSLATED, REUSED, FAILED, BAD_FILE }

  public AbstractRow {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
  }

  boolean isFailure() {
    return status == Status.FAILED || status == Status.BAD_FILE;
  }
}
