package com.digesttranslator.digest;

import java.util.ArrayList;
import java.util.List;

/** Helpers for lines that carry their own terminator ({@code "\n"}, {@code "\r\n"} or none). */
final class RawLines {
  private RawLines() {}

  static List<String> split(String content) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        lines.add(content.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < content.length()) {
      lines.add(content.substring(start));
    }
    return lines;
  }

  static String strip(String rawLine) {
    if (rawLine.endsWith("\r\n")) {
      return rawLine.substring(0, rawLine.length() - 2);
    }
    if (rawLine.endsWith("\n")) {
      return rawLine.substring(0, rawLine.length() - 1);
    }
    return rawLine;
  }

  static boolean isBlank(String rawLine) {
    return strip(rawLine).isBlank();
  }

  /** Body text: lines without terminators, leading and trailing blank lines dropped. */
  static String text(List<String> rawLines) {
    int from = 0;
    int to = rawLines.size();
    while (from < to && isBlank(rawLines.get(from))) {
      from++;
    }
    while (to > from && isBlank(rawLines.get(to - 1))) {
      to--;
    }
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        text.append('\n');
      }
      text.append(strip(rawLines.get(i)));
    }
    return text.toString();
  }

  static int trailingBlankLines(List<String> rawLines) {
    int count = 0;
    for (int i = rawLines.size() - 1; i >= 0 && isBlank(rawLines.get(i)); i--) {
      count++;
    }
    return count;
  }
}
