package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans what a chat model wraps around a translation despite being told not to: a reasoning block,
 * a preamble such as "Here is the translation:", a code fence, surrounding quotes.
 */
final class LlmReply {

  private static final Pattern THINKING = Pattern.compile("(?s)^<think>.*?</think>\\s*");
  private static final String TRANSLATION =
      "(?:[\\p{L}-]+\\s+)?translation(?:\\s+(?:in|into|to)\\s+[\\p{L}-]+)?";

  /** "Sure! Here is the Korean translation of the text:" and the like, at the start. */
  private static final Pattern HERE_IS =
      Pattern.compile(
          "(?i)^(?:(?:sure|certainly|of course|okay|ok)[!.,]?\\s*)?"
              + "here(?:'s| is)[^:\\n]{0,60}translation[^:\\n]{0,40}:\\s*");

  /**
   * A bare "Translation:" only as a line of its own: "Machine translation: a survey" is content.
   */
  private static final Pattern LABEL =
      Pattern.compile("(?i)^" + TRANSLATION + "\\s*:[ \\t]*\\n\\s*");

  private static final Pattern FENCE = Pattern.compile("(?s)^```[\\w-]*\\s*\\n(.*?)\\n?```$");
  private static final List<String> QUOTES = List.of("\"\"", "“”", "«»", "「」", "『』");

  private LlmReply() {}

  /**
   * The translation inside {@code reply}; a reply that is only wrapping fails the quality check.
   */
  static String clean(String reply, String source) throws TranslationException {
    String text = THINKING.matcher(reply.strip()).replaceFirst("").strip();
    text = HERE_IS.matcher(text).replaceFirst("");
    text = LABEL.matcher(text).replaceFirst("").strip();
    Matcher fence = FENCE.matcher(text);
    if (fence.matches()) {
      text = fence.group(1).strip();
    }
    text = unquote(text, source.strip());
    if (text.isEmpty()) {
      throw new TranslationException(
          ErrorClass.QUALITY, 200, "the model replied with no translation");
    }
    return text;
  }

  /**
   * Drops quotes around the whole text, unless the source was quoted the same way or the quotes are
   * two different quotations ({@code "A" and "B"}).
   */
  private static String unquote(String text, String source) {
    for (String pair : QUOTES) {
      String open = pair.substring(0, 1);
      String close = pair.substring(1);
      if (text.length() < 2
          || !text.startsWith(open)
          || !text.endsWith(close)
          || (source.startsWith(open) && source.endsWith(close))) {
        continue;
      }
      String inner = text.substring(1, text.length() - 1);
      if (!inner.contains(open) && !inner.contains(close)) {
        return inner.strip();
      }
    }
    return text;
  }
}
