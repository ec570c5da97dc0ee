package com.digesttranslator.translate.provider.http;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.HttpContent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** JSON request bodies and replies of the HTTP providers, with Jackson. */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static HttpContent content(JsonNode body) {
    try {
      return new ByteArrayContent(
          "application/json; charset=UTF-8", MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** {@code body} parsed, or a missing node when it is empty or not JSON. */
  public static JsonNode parse(String body) {
    try {
      JsonNode node = MAPPER.readTree(body == null ? "" : body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /**
   * The body of a successful reply. An empty, cut or HTML body (a proxy's page, a dropped
   * connection) is transient: the same request may well succeed next time.
   */
  public static JsonNode read(HttpReply reply) throws TranslationException {
    JsonNode node = parse(reply.body());
    if (node.isMissingNode()) {
      throw new TranslationException(
          ErrorClass.TRANSIENT,
          reply.status(),
          "malformed reply (not JSON): " + reply.bodySnippet());
    }
    return node;
  }

  /**
   * The text field {@code field} of every element of {@code items}, which must hold exactly one
   * element per source text: a short list cannot be matched to its texts, so it is never shifted.
   */
  public static List<String> texts(HttpReply reply, JsonNode items, String field, int expected)
      throws TranslationException {
    if (!items.isArray() || items.size() != expected) {
      throw new TranslationException(
          ErrorClass.TRANSIENT,
          reply.status(),
          "reply has "
              + (items.isArray() ? items.size() : 0)
              + " translations for "
              + expected
              + " texts");
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode item : items) {
      JsonNode text = field == null ? item : item.path(field);
      if (!text.isTextual()) {
        throw new TranslationException(
            ErrorClass.TRANSIENT,
            reply.status(),
            "malformed reply: translation " + (texts.size() + 1) + " is not text");
      }
      texts.add(text.asText());
    }
    return texts;
  }
}
