package com.digesttranslator.report;

/** Escaping for text that comes from digests and providers: titles and messages are untrusted. */
final class Html {
  private Html() {}

  /**
   * Safe in element content and in double- or single-quoted attribute values; null becomes empty.
   */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code name="value"} with the value escaped, preceded by a space. */
  static String attr(String name, Object value) {
    return " " + name + "=\"" + esc(String.valueOf(value)) + "\"";
  }
}
