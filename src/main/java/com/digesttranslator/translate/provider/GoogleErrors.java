package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.provider.http.ErrorBody;
import com.digesttranslator.translate.provider.http.HttpErrors;
import com.digesttranslator.translate.provider.http.HttpReply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Errors of the Google Cloud Translation APIs, v2 and v3 alike: a google.rpc.Status body whose
 * reasons sit in v2's legacy {@code errors} list or v3's {@code details}. The HTTP status alone
 * misleads: a bad key is a 400 and a transient rate limit a 403.
 */
final class GoogleErrors {

  private GoogleErrors() {}

  static TranslationException of(HttpReply reply) {
    return of(reply, "");
  }

  /**
   * @param context what the request was for, to start the message with
   */
  static TranslationException of(HttpReply reply, String context) {
    ErrorBody body = ErrorBody.of(reply);
    Set<String> reasons = reasons(body.root().path("error"));
    String status = body.field("status");
    String message =
        context
            + body.message()
            + (status.isEmpty() ? "" : " [" + status + "]")
            + (reasons.isEmpty() ? "" : " " + reasons);
    return HttpErrors.of(reply, classify(reply.status(), reasons, body.message()), message);
  }

  static ErrorClass classify(int status, Set<String> reasons, String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (status == 400) {
      return reasons.contains("API_KEY_INVALID")
              || reasons.contains("keyInvalid")
              || lower.contains("api key not valid")
          ? ErrorClass.AUTH
          : ErrorClass.PERMANENT;
    }
    if (reasons.contains("dailyLimitExceeded") || (status == 429 && lower.contains("per day"))) {
      return ErrorClass.QUOTA;
    }
    if (status == 403
        && (reasons.contains("userRateLimitExceeded") || reasons.contains("rateLimitExceeded"))) {
      return ErrorClass.TRANSIENT;
    }
    return HttpErrors.classify(status);
  }

  private static Set<String> reasons(JsonNode error) {
    Set<String> reasons = new LinkedHashSet<>();
    for (String list : new String[] {"errors", "details"}) {
      for (JsonNode item : error.path(list)) {
        if (item.path("reason").isTextual()) {
          reasons.add(item.path("reason").asText());
        }
      }
    }
    return reasons;
  }
}
