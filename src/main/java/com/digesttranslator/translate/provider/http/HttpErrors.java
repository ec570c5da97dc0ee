package com.digesttranslator.translate.provider.http;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;

/** The default meaning of an HTTP status, for providers whose API adds nothing more specific. */
public final class HttpErrors {
  private HttpErrors() {}

  public static ErrorClass classify(int status) {
    if (status == 408 || status == 429 || status >= 500) {
      return ErrorClass.TRANSIENT;
    }
    if (status == 401 || status == 403) {
      return ErrorClass.AUTH;
    }
    return ErrorClass.PERMANENT;
  }

  /** A failure for {@code reply}, with its {@code Retry-After}, described by {@code message}. */
  public static TranslationException of(HttpReply reply, ErrorClass errorClass, String message) {
    return new TranslationException(
        errorClass, reply.status(), "HTTP " + reply.status() + ": " + message, reply.retryAfter());
  }
}
