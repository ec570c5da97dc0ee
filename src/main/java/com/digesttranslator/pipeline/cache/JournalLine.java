package com.digesttranslator.pipeline.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * One line of a cache journal, {@code {"k": key, "t": translation}}. A line that does not parse —
 * typically the last line of a journal torn by a kill — reads as empty, never as an error: at worst
 * that one text is requested again.
 */
record JournalLine(String key, String translation) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String format(String key, String translation) {
    return JSON.createObjectNode().put("k", key).put("t", translation).toString();
  }

  static Optional<JournalLine> parse(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node != null && node.path("k").isTextual() && node.path("t").isTextual()) {
        return Optional.of(new JournalLine(node.get("k").asText(), node.get("t").asText()));
      }
    } catch (IOException torn) {
      // Falls through to empty: the caller counts or ignores it.
    }
    return Optional.empty();
  }
}
