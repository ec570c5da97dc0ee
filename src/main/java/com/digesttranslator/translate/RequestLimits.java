package com.digesttranslator.translate;

import java.io.Serializable;

/**
 * The size of one request a provider accepts.
 *
 * @param maxTexts texts per request (1 for APIs without batching)
 * @param maxCharsPerText longest single text; longer texts are split at sentence boundaries
 * @param maxCharsPerRequest total characters across the texts of one request
 */
public record RequestLimits(int maxTexts, int maxCharsPerText, int maxCharsPerRequest)
    implements Serializable {
  public RequestLimits {
    if (maxTexts < 1 || maxCharsPerText < 1 || maxCharsPerRequest < maxCharsPerText) {
      throw new IllegalArgumentException("inconsistent request limits");
    }
  }
}
