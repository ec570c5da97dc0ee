package com.digesttranslator.translate.masking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words that look like names of models, benchmarks, metrics or code rather than ordinary
 * words: {@code STEP3-VL-10B}, {@code MMBench}, {@code LLMs}, {@code Acc@500m}, {@code pass@k},
 * {@code Q&A}. Tuned on 1,170 real abstracts so that ordinary words stay translatable: title-case
 * compounds ({@code Vision-Language}, {@code Chain-of-Thought}), ordinals and counts ({@code 1st},
 * {@code 3-year-olds}, {@code 10x}, {@code 1.5T-token}), and the ordinary tail of {@code LLM-based}
 * or {@code 3D-aware} are not names.
 */
public final class NameTokens {

  /** A name's place in the text: [start, end). */
  public record Range(int start, int end) {}

  /**
   * Brackets, quotes and dashes separate words, so "Models(LVLMs)" yields "LVLMs" and "12--billion"
   * or "LLMs—particularly" are two words each.
   */
  private static final Pattern WORD = Pattern.compile("(?:[^\\s()\\[\\]{}<>\"“”«»—–-]|-(?!-))+");

  private static final String LEADING = "'‘`~*-";
  private static final String TRAILING = ".,;:!?'’`~*";
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern ORDINARY_NUMBER =
      Pattern.compile("\\d+(?:[.,]\\d+)*(?:st|nd|rd|th|s|x|×|[KMBT]?(?:-[a-z]+)+)");

  /** Hyphenated tails that make an adjective of a name: "LLM-based", "AI-generated". */
  private static final Pattern ORDINARY_TAIL =
      Pattern.compile(
          "-(?:[a-z]{2,}(?:ed|ing)|based|aware|like|style|level|scale|specific|centric|free|wise"
              + "|only|driven|ready|native|friendly|agnostic|intensive|efficient|compatible|sized"
              + "|heavy|rich|parameter|and|or|the)$");

  private NameTokens() {}

  public static List<Range> find(String text) {
    List<Range> names = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      Range core = core(m.group(), m.start());
      if (core != null && isNameLike(text.substring(core.start(), core.end()))) {
        names.add(core);
      }
    }
    return names;
  }

  /** The word without surrounding punctuation, possessive 's and ordinary hyphenated tails. */
  private static Range core(String word, int offset) {
    int start = 0;
    int end = word.length();
    while (start < end && LEADING.indexOf(word.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && TRAILING.indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    String core = POSSESSIVE.matcher(word.substring(start, end)).replaceFirst("");
    Matcher tail = ORDINARY_TAIL.matcher(core);
    while (tail.find()) {
      core = core.substring(0, tail.start());
      tail = ORDINARY_TAIL.matcher(core);
    }
    return core.isEmpty() ? null : new Range(offset + start, offset + start + core.length());
  }

  /**
   * A word with a letter and a digit, a letter and one of {@code @ _ # &}, or a hyphen-separated
   * part with a capital after its first letter (all-caps acronyms included).
   */
  public static boolean isNameLike(String word) {
    if (word.chars().noneMatch(Character::isLetter) || ORDINARY_NUMBER.matcher(word).matches()) {
      return false;
    }
    if (word.chars().anyMatch(Character::isDigit) || word.matches(".*[@_#&].*")) {
      return true;
    }
    for (String part : word.split("-")) {
      if (part.length() > 1 && part.substring(1).chars().anyMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }
}
