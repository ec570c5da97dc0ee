package com.digesttranslator.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text made safe for CommonMark: it reads the same once rendered, whatever it contains. A
 * title like {@code *Star* <b>} or a line starting {@code # } or {@code 1. } stays text; URLs
 * become autolinks, inside which nothing is escaped.
 */
final class MarkdownText {

  /** Characters that can start markup anywhere in a line (or raw HTML, or an entity). */
  private static final String SPECIAL = "\\`*_[]<>#|~&";

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"`]+");

  /** Punctuation that ends a sentence more often than a URL. */
  private static final String URL_TRAILING = ".,;:!?)]'";

  private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /** One line of text (line breaks become spaces), escaped for use inline or as a heading. */
  static String line(String text) {
    String oneLine = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    StringBuilder out = new StringBuilder();
    Matcher url = URL.matcher(oneLine);
    int start = 0;
    while (url.find()) {
      int end = url.end();
      while (end > url.start() && URL_TRAILING.indexOf(oneLine.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end - url.start() <= "https://".length()) {
        continue;
      }
      escape(oneLine.substring(start, url.start()), out, start == 0);
      out.append('<').append(oneLine, url.start(), end).append('>');
      start = end;
    }
    escape(oneLine.substring(start), out, start == 0);
    return out.toString();
  }

  /** A URL as an autolink, or escaped text when it cannot be one. */
  static String link(String url) {
    String u = url.strip();
    return URL.matcher(u).matches() ? "<" + u + ">" : line(u);
  }

  private static void escape(String text, StringBuilder out, boolean lineStart) {
    String rest = text;
    if (lineStart) {
      // Block markers that only count at the start of a line: lists, setext underlines.
      Matcher ordered = ORDERED_LIST_START.matcher(rest);
      if (ordered.find()) {
        out.append(ordered.group(1)).append('\\').append(ordered.group(2));
        rest = rest.substring(ordered.end());
      } else if (!rest.isEmpty() && "-+=".indexOf(rest.charAt(0)) >= 0) {
        out.append('\\').append(rest.charAt(0));
        rest = rest.substring(1);
      }
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
  }
}
