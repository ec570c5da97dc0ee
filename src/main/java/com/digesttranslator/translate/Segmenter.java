package com.digesttranslator.translate;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a text into pieces of at most {@code maxChars} characters at sentence boundaries (falling
 * back to word, then character boundaries), never across a paragraph break, and joins translated
 * pieces back with the paragraph breaks intact.
 *
 * <p>Sentence boundaries come from {@link BreakIterator}, which knows that "3.5", "(e.g. the
 * model)" or a quoted sentence do not end where a bare pattern would cut; boundaries right after
 * an abbreviation it does not know ("vs. GPT-4", "e.g. Llama", "et al. (2024)") are dropped.
 * Pieces are cut by position, so the work is linear in the text's length.
 */
public final class Segmenter {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");
  /** What can end a sentence (closing quotes and brackets may follow). */
  private static final String TERMINATORS = ".!?。！？";
  private static final String CLOSERS = "\"'”’)]";
  /** Lower-cased, without the final period; an internal period stays ("e.g"). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "vs", "e.g", "i.e", "al", "cf", "etc", "approx", "resp", "viz", "incl", "fig", "figs", "eq",
      "eqs", "sec", "ref", "refs", "tab", "vol", "pp", "w.r.t", "a.k.a", "dr", "prof", "mr", "ms");
  /** Longest abbreviation plus the period. */
  private static final int LONGEST_ABBREVIATION = 7;

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
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    String[] paragraphs = PARAGRAPH_BREAK.split(text.strip());
    for (int p = 0; p < paragraphs.length; p++) {
      int before = pieces.size();
      pack(paragraphs[p].strip(), maxChars, sentences, pieces);
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
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(paragraph);
    List<Integer> ends = new ArrayList<>();
    for (int end = nextSentenceEnd(paragraph, sentences); end != BreakIterator.DONE;
        end = nextSentenceEnd(paragraph, sentences)) {
      ends.add(end);
    }
    return ends;
  }

  /**
   * Greedy packing of whole sentences, keeping the whitespace between sentences of one piece.
   * A piece is a range of the paragraph, copied once when it is complete.
   */
  private static void pack(String paragraph, int maxChars, BreakIterator sentences, List<String> pieces) {
    sentences.setText(paragraph);
    int pieceStart = -1;
    int pieceEnd = -1;
    int start = 0;
    for (int end = nextSentenceEnd(paragraph, sentences); end != BreakIterator.DONE;
        start = end, end = nextSentenceEnd(paragraph, sentences)) {
      int from = skipWhitespace(paragraph, start, end);
      int to = trimWhitespace(paragraph, from, end);
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

  /** The next boundary that really ends a sentence; {@link BreakIterator#DONE} after the last. */
  private static int nextSentenceEnd(String text, BreakIterator sentences) {
    int end = sentences.next();
    while (end != BreakIterator.DONE && end < text.length() && !endsSentence(text, end)) {
      end = sentences.next();
    }
    return end;
  }

  /**
   * A boundary counts when whitespace separates the sentences (pieces of one paragraph are
   * joined with a space), the text before it ends in sentence punctuation (closing quotes or
   * brackets allowed) and that punctuation is not an abbreviation's period.
   */
  private static boolean endsSentence(String text, int boundary) {
    if (!Character.isWhitespace(text.charAt(boundary - 1))) {
      return false;
    }
    int end = trimWhitespace(text, 0, boundary);
    int stop = end;
    while (stop > 0 && CLOSERS.indexOf(text.charAt(stop - 1)) >= 0 && end - stop < 3) {
      stop--;
    }
    if (stop == 0 || TERMINATORS.indexOf(text.charAt(stop - 1)) < 0) {
      return false;
    }
    return text.charAt(stop - 1) != '.' || !isAbbreviation(text, stop - 1);
  }

  /** The word ending at {@code period} (letters and inner periods) is a known abbreviation. */
  private static boolean isAbbreviation(String text, int period) {
    int start = period;
    while (start > 0 && period - start < LONGEST_ABBREVIATION
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
        if (cut == start) { // maxChars 1 and a surrogate pair: one code point, or no progress at all
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
