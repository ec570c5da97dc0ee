package com.digesttranslator.digest;

import java.util.List;

/**
 * A {@code ## Heading (Label)} block inside an entry. Lines keep their own terminators so that an
 * untouched digest renders byte-identically.
 */
public record Section(String heading, String label, int lineNumber, List<String> rawLines) {

  public Section {
    rawLines = List.copyOf(rawLines);
  }

  /** The body without surrounding blank lines; paragraphs separated by a blank line, LF only. */
  public String text() {
    return RawLines.text(rawLines.subList(1, rawLines.size()));
  }

  /** True when the body holds nothing but whitespace. */
  public boolean isBlank() {
    return text().isBlank();
  }
}
