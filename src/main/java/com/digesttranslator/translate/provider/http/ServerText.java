package com.digesttranslator.translate.provider.http;

/**
 * Text a server sent, shortened for a one-line message. A server may echo a key it was sent: mask
 * the keys you know before shortening, and the cut here never falls inside a run of characters a
 * key is made of, so a key masked only later (by a caller that knows it) is in the text whole or
 * not at all, never as a prefix.
 */
final class ServerText {

  private ServerText() {}

  /** {@code text} with every run of white space (line breaks too) made one space. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  /** {@code text} itself, or its start of at most {@code max} characters followed by "...". */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    while (end > 0 && isKeyChar(text.charAt(end - 1)) && isKeyChar(text.charAt(end))) {
      end--;
    }
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  /** Characters of API keys and tokens: letters, digits and the punctuation of base64 and JWTs. */
  private static boolean isKeyChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "-_.~+/=:".indexOf(c) >= 0);
  }
}
