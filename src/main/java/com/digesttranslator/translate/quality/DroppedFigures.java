package com.digesttranslator.translate.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of the source missing from the translation: a dropped sentence or clause usually takes
 * its numbers with it ("4 domains, 14 categories", "61.82%"), and digits read the same in every
 * target language, so a faithful translation keeps each of them.
 *
 * <p>Only figures a translation has no reason to spell differently count: not single digits ("2
 * stages" may become "두 단계", "dos etapas"), not round thousands or numbers from ten thousand up
 * ("3,000" may become "3천", "50,000" "5만"), not numbers before a scale word ("5 million" becomes
 * "500만"), not digits inside words ({@code GPT-4o}, {@code 1st}, {@code 3D}). Separators are
 * ignored ({@code 3,000} = {@code 3000}, {@code 0.259} = {@code 0,259}).
 */
final class DroppedFigures {

  /**
   * A number standing alone: no letter, digit, or joining sign (24/7, top-5) on either side. The
   * leading look-ahead changes no match, as every match starts with a digit; it spares the
   * look-behind's Unicode classes at every position that is not one.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?=\\d)(?<![\\p{L}\\p{N}_.,@#&/\\\\-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
              + "(?![\\p{L}\\p{N}_@#&/]|[.,]\\d)");

  private static final Pattern SCALE_WORD =
      Pattern.compile(
          "^\\s*(?:hundred|thousand|million|billion|trillion)s?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final int QUOTED = 5;

  private DroppedFigures() {}

  /** The source's figures that {@code translation} lacks, as a reason. */
  static Optional<String> find(String source, String translation) {
    Set<String> present = new HashSet<>();
    Matcher any = ANY_NUMBER.matcher(translation);
    for (int i = nextDigit(translation, 0);
        i >= 0 && any.find(i);
        i = nextDigit(translation, any.end())) {
      present.add(digits(any.group()));
    }
    List<String> missing = new ArrayList<>();
    for (String figure : figures(source)) {
      if (!present.contains(digits(figure)) && !missing.contains(figure)) {
        missing.add(figure);
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "figures of the source missing from the translation: "
            + String.join(", ", missing.subList(0, Math.min(QUOTED, missing.size())))
            + (missing.size() > QUOTED ? " …" : "")
            + ": content dropped?");
  }

  /** The figures of {@code text} that a translation must keep. */
  static List<String> figures(String text) {
    List<String> figures = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    for (int i = nextDigit(text, 0); i >= 0 && m.find(i); i = nextDigit(text, m.end())) {
      String whole = digits(m.group(1));
      boolean decimal = m.group(2) != null;
      if (!decimal && mayBeSpelledOut(whole) || followedByScaleWord(text, m.end())) {
        continue;
      }
      figures.add(m.group());
    }
    return figures;
  }

  /** Single digits, round thousands, and numbers from ten thousand up (written with 만, 万). */
  private static boolean mayBeSpelledOut(String digits) {
    int zeros = 0;
    while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
      zeros++;
    }
    String whole = digits.substring(zeros);
    return whole.length() == 1
        || whole.length() > 4
        || whole.length() == 4 && whole.endsWith("000");
  }

  private static boolean followedByScaleWord(String text, int end) {
    return SCALE_WORD.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
  }

  private static String digits(String number) {
    StringBuilder digits = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c != '.' && c != ',') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /**
   * Where the next ASCII digit is ({@code \d}), from {@code from} on, or -1. Both number patterns
   * start with one, so they are tried only there: tried at every position of every reply, they were
   * a sixth of the gate's time.
   */
  private static int nextDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }
}
