package com.digesttranslator.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One line of {@code failures.jsonl}: an abstract or file that was not translated, and why. */
@JsonPropertyOrder({
  "file",
  "week",
  "rank",
  "title",
  "stage",
  "errorClass",
  "httpStatus",
  "attempts",
  "line",
  "message"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FailureRecord(
    String file,
    String week,
    Integer rank,
    String title,
    String stage,
    String errorClass,
    Integer httpStatus,
    int attempts,
    Integer line,
    String message) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The record of a FAILED or BAD_FILE outcome. */
  public static FailureRecord of(AbstractOutcome o) {
    AbstractOutcome.Failure f = o.failure();
    if (f == null) {
      throw new IllegalArgumentException("not a failure: " + o.status() + " " + o.path());
    }
    return new FailureRecord(
        o.path(),
        o.week(),
        o.isAbstract() ? o.rank() : null,
        o.title(),
        f.stage().label(),
        f.errorClass().label(),
        f.httpStatus() == 0 ? null : f.httpStatus(),
        f.attempts(),
        f.line() == 0 ? null : f.line(),
        f.message());
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a failure record", e);
    }
  }
}
