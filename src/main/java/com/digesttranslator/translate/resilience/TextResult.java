package com.digesttranslator.translate.resilience;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import java.io.Serializable;

/**
 * What became of one text: its translation, or the failure that stopped it.
 *
 * @param attempts the most requests made for any one piece of the text
 * @param requests HTTP requests this text accounts for (a batch counts once, for its first text)
 * @param retries of those requests, how many were retries
 */
public record TextResult(
    String translation,
    ErrorClass errorClass,
    int httpStatus,
    String message,
    int attempts,
    int requests,
    int retries)
    implements Serializable {

  public boolean succeeded() {
    return translation != null;
  }

  public static TextResult success(String translation, int attempts, int requests, int retries) {
    return new TextResult(translation, null, 0, null, attempts, requests, retries);
  }

  public static TextResult failure(
      TranslationException error, int attempts, int requests, int retries) {
    return new TextResult(
        null,
        error.errorClass(),
        error.httpStatus(),
        error.getMessage(),
        attempts,
        requests,
        retries);
  }
}
