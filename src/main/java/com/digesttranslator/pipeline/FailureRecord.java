package com.digesttranslator.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One line of {@code failures.jsonl}: an abstract or file that was not translated, and why. */
@JsonPropertyOrder({"file", "week", "rank", "title", "stage", "errorClass", "httpStatus", "attempts", "line", "message"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FailureRecord(
    String file, String week, Integer rank, String title, String stage, String errorClass,
    Integer httpStatus, int attempts, Integer line, String message) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static FailureRecord of(AbstractOutcome o) {
    boolean abstractLevel = o.isAbstract();
    return new FailureRecord(o.path(), o.week(), abstractLevel ? o.rank() : null, o.title(),
        o.stage(), o.errorClass(), o.httpStatus() == 0 ? null : o.httpStatus(), o.attempts(),
        o.line() == 0 ? null : o.line(), o.message());
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a failure record", e);
    }
  }
}
