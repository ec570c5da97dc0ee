package com.digesttranslator.translate.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into pieces of at most {@code maxChars} characters at sentence boundaries (falling
 * back to word, then character boundaries), never across a paragraph break, and joins translated
 * pieces back with the paragraph breaks intact.
 *
 * <p>A sentence ends at sentence punctuation (closing quotes or brackets may follow) and the
 * whitespace after it, as the JDK's BreakIterator sentence rule has it, with what that rule lacks
 * for abstracts: no end after a known abbreviation ("vs. GPT-4", "e.g. Llama", "et al. (2024)"),
 * nor before a lower-case letter ("e.g. the model"), but one before an enumeration ("strategy. 2)
 * We"), which BreakIterator misses. Pieces are cut by position, so the work is linear in the text's
 * length.
 */
public final class Segmenter {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");

  /** Sentence punctuation, up to three closing quotes or brackets, then whitespace. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"'”’)\\]]{0,3}\\s+");

  /** Lower-cased, without the final period; an internal period stays ("e.g"). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "vs", "e.g", "i.e", "al", "cf", "approx", "resp", "viz", "incl", "fig", "figs", "eq",
          "eqs", "sec", "ref", "refs", "tab", "vol", "pp", "w.r.t", "a.k.a", "dr", "prof", "mr",
          "ms");

  /** Longest abbreviation plus the period. */
  private static final int LONGEST_ABBREVIATION = 7;

  private Segmenter() {}

  /** A text cut into pieces; {@code paragraphOf.get(i)} is the paragraph piece i belongs to. */
  public record Segments(List<String> pieces, List<Integer> paragraphOf) {

    /**
     * Rebuilds the text from one translation per piece: pieces joined by a space, paragraphs by a
     * blank line.
     */
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
      int before = pieces.size();
      pack(paragraphs[p].strip(), maxChars, pieces);
      for (int i = before; i < pieces.size(); i++) {
        paragraphOf.add(p);
      }
    }
    return new Segments(pieces, paragraphOf);
  }

  /**
   * The sentence ends of a paragraph: positions after a sentence's trailing whitespace, in order,
   * the paragraph's end last.
   */
  static List<Integer> sentenceEnds(String paragraph) {
    List<Integer> ends = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(paragraph);
    while (m.find()) {
      if (m.end() < paragraph.length() && endsSentence(paragraph, m.start(), m.end())) {
        ends.add(m.end());
      }
    }
    ends.add(paragraph.length());
    return ends;
  }

  /**
   * Greedy packing of whole sentences, keeping the whitespace between sentences of one piece. A
   * piece is a range of the paragraph, copied once when it is complete.
   */
  private static void pack(String paragraph, int maxChars, List<String> pieces) {
    int pieceStart = -1;
    int pieceEnd = -1;
    int start = 0;
    for (int end : sentenceEnds(paragraph)) {
      int from = skipWhitespace(paragraph, start, end);
      int to = trimWhitespace(paragraph, from, end);
      start = end;
      if (from == to) {
        continue;
      }
      if (pieceStart >= 0 && to - pieceStart > maxChars) {
        pieces.add(paragraph.substring(pieceStart, pieceEnd));
        pieceStart = -1;
      }
      if (to - from > maxChars) {
        splitLong(paragraph, from, to, maxChars, pieces);
      } else {
        pieceStart = pieceStart < 0 ? from : pieceStart;
        pieceEnd = to;
      }
    }
    if (pieceStart >= 0) {
      pieces.add(paragraph.substring(pieceStart, pieceEnd));
    }
  }

  /**
   * Punctuation at {@code mark} followed by whitespace up to {@code next} ends a sentence unless it
   * is an abbreviation's period or the text goes on in lower case ("e.g. the"; "etc." is no
   * abbreviation here: it ends a sentence more often than not).
   */
  private static boolean endsSentence(String text, int mark, int next) {
    if (isLowerCaseWord(text, next)) {
      return false;
    }
    return text.charAt(mark) != '.' || !isAbbreviation(text, mark);
  }

  /** The word at {@code start} is all lower case: "the", "text-only", but not "rStar" or "xGen". */
  private static boolean isLowerCaseWord(String text, int start) {
    if (!Character.isLowerCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < text.length() && Character.isLetter(text.charAt(i)); i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The word ending at {@code period} (letters and inner periods) is a known abbreviation. */
  private static boolean isAbbreviation(String text, int period) {
    int start = period;
    while (start > 0
        && period - start < LONGEST_ABBREVIATION
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return false; // a longer word than any abbreviation
    }
    return ABBREVIATIONS.contains(text.substring(start, period).toLowerCase(Locale.ROOT));
  }

  /** A sentence longer than the limit: cut at the last space before it, else hard. */
  private static void splitLong(String text, int from, int to, int maxChars, List<String> pieces) {
    int start = from;
    while (to - start > maxChars) {
      int cut = lastSpace(text, start + 1, start + maxChars);
      if (cut < 0) {
        cut = start + maxChars;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
          cut--;
        }
        // maxChars 1 and a surrogate pair: one code point, or no progress at all
        if (cut == start) {
          cut = start + Character.charCount(text.codePointAt(start));
        }
      }
      pieces.add(text.substring(start, trimWhitespace(text, start, cut)));
      start = skipWhitespace(text, cut, to);
    }
    if (start < to) {
      pieces.add(text.substring(start, to));
    }
  }

  /** The last space in {@code text[from, to]}, or -1: never looks before {@code from}. */
  private static int lastSpace(String text, int from, int to) {
    for (int i = to; i >= from; i--) {
      if (text.charAt(i) == ' ') {
        return i;
      }
    }
    return -1;
  }

  private static int skipWhitespace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimWhitespace(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
