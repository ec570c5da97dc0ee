package com.digesttranslator.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into pieces of at most {@code maxChars} characters at sentence boundaries (falling
 * back to word, then character boundaries), never across a paragraph break, and joins translated
 * pieces back with the paragraph breaks intact.
 */
public final class Segmenter {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s+");

  private Segmenter() {}

  /** A text cut into pieces; {@code paragraphOf.get(i)} is the paragraph piece i belongs to. */
  public record Segments(List<String> pieces, List<Integer> paragraphOf) {

    /** Rebuilds the text from one translation per piece: pieces joined by a space, paragraphs by a blank line. */
    public String join(List<String> translations) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < translations.size(); i++) {
        if (i > 0) {
          out.append(paragraphOf.get(i).equals(paragraphOf.get(i - 1)) ? " " : "\n\n");
        }
        out.append(translations.get(i).strip());
      }
      return out.toString();
    }
  }

  public static Segments split(String text, int maxChars) {
    List<String> pieces = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    String[] paragraphs = PARAGRAPH_BREAK.split(text.strip());
    for (int p = 0; p < paragraphs.length; p++) {
      for (String piece : pack(paragraphs[p].strip(), maxChars)) {
        pieces.add(piece);
        paragraphOf.add(p);
      }
    }
    return new Segments(pieces, paragraphOf);
  }

  /** Greedy packing of whole sentences, keeping the whitespace between sentences of one piece. */
  private static List<String> pack(String paragraph, int maxChars) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String unit : sentencesWithTrailingSpace(paragraph)) {
      // The piece as it would be sent, with the real whitespace between its sentences.
      if (current.length() > 0 && (current + unit).strip().length() > maxChars) {
        pieces.add(current.toString().strip());
        current.setLength(0);
      }
      if (unit.strip().length() > maxChars) {
        pieces.addAll(splitLong(unit.strip(), maxChars));
      } else {
        current.append(unit);
      }
    }
    if (!current.toString().isBlank()) {
      pieces.add(current.toString().strip());
    }
    return pieces;
  }

  private static List<String> sentencesWithTrailingSpace(String paragraph) {
    List<String> units = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(paragraph);
    int start = 0;
    while (m.find()) {
      units.add(paragraph.substring(start, m.end()));
      start = m.end();
    }
    if (start < paragraph.length()) {
      units.add(paragraph.substring(start));
    }
    return units;
  }

  /** A sentence longer than the limit: cut at the last space before it, else hard. */
  private static List<String> splitLong(String sentence, int maxChars) {
    List<String> parts = new ArrayList<>();
    String rest = sentence;
    while (rest.length() > maxChars) {
      int cut = rest.lastIndexOf(' ', maxChars);
      if (cut <= 0) {
        cut = maxChars;
        if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
          cut--;
        }
        if (cut == 0) { // maxChars 1 and a surrogate pair: one code point, or no progress at all
          cut = Character.charCount(rest.codePointAt(0));
        }
      }
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }
}
