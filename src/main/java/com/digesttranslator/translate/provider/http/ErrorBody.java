package com.digesttranslator.translate.provider.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A provider's error reply, read leniently: vendors nest the same fields differently (OpenAI and
 * Google under an {@code error} object, vLLM and DeepL flat, LibreTranslate with {@code error} as
 * the message itself) and gateways or proxies answer with HTML.
 */
public final class ErrorBody {

  private static final int MAX_MESSAGE = 300;

  private final JsonNode root;
  private final HttpReply reply;

  private ErrorBody(JsonNode root, HttpReply reply) {
    this.root = root;
    this.reply = reply;
  }

  public static ErrorBody of(HttpReply reply) {
    return new ErrorBody(Json.parse(reply.body()), reply);
  }

  public JsonNode root() {
    return root;
  }

  /**
   * The first of {@code names} holding a scalar, in the {@code error} object, then at the top; ""
   * if none.
   */
  public String field(String... names) {
    for (JsonNode scope : List.of(root.path("error"), root)) {
      for (String name : names) {
        JsonNode value = scope.path(name);
        if (value.isValueNode() && !value.isNull()) {
          return value.asText();
        }
      }
    }
    return "";
  }

  /**
   * What went wrong in the server's words, or the raw body when it gave none; shortened, with the
   * credentials the request carried masked first (a cut through an echoed key leaves its start).
   */
  public String message() {
    String message = field("message", "errorMessage", "error");
    String detail = field("detail");
    if (!detail.isEmpty() && !detail.equals(message)) {
      message = message.isEmpty() ? detail : message + " (" + detail + ")";
    }
    if (message.isEmpty()) {
      String snippet = reply.bodySnippet();
      return snippet.isEmpty() ? "(empty body)" : snippet;
    }
    return ServerText.shorten(reply.redact(message), MAX_MESSAGE);
  }
}
