package com.digesttranslator.translate.quality;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a chat model wraps around a translation ("Sure! Here is the translation:", "번역:", code
 * fences, "(Note: …)", "(注意：…)", "Let me know if …"). A sign that the reply is not just the
 * translation. Each kind is ignored when the source itself has it, so an abstract that opens with
 * "Of course," or quotes a code fence is not held against its translation.
 */
final class LlmChatter {

  /**
   * The last two components only make the search cheaper, never its result different: trying the
   * pattern at every position of every reply was most of the gate's time (docs/benchmarks.md,
   * section 2).
   *
   * @param reach how far from the end of the reply a match can start; the search starts there
   * @param needs texts one of which every match contains, compared as the pattern compares them
   *     ({@link #folded}), or null: a reply without any is not searched
   */
  private record Kind(
      String description, Pattern inTranslation, Pattern inSource, int reach, List<String> needs) {
    Kind(String description, Pattern inTranslation, Pattern inSource) {
      this(description, inTranslation, inSource, Integer.MAX_VALUE, null);
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The sign-off's longest phrase, in characters ("i hope this helps"). */
  private static final int LONGEST_SIGN_OFF = 17;

  /** The text a sign-off may have after it, in code points. */
  private static final int AFTER_SIGN_OFF = 120;

  /**
   * A sign-off match is a phrase, at most {@link #AFTER_SIGN_OFF} code points of two chars at most,
   * and the end (or a last line break of two chars); the phrase's length is doubled too, so that a
   * case-insensitive match of other width could not start earlier.
   */
  private static final int SIGN_OFF_REACH = 2 * LONGEST_SIGN_OFF + 2 * AFTER_SIGN_OFF + 2;

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "starts with an assistant's reply instead of the translation",
              Pattern.compile(
                  "^\\W*(?:sure|certainly|of course|okay|absolutely|claro|por supuesto"
                      + "|물론|네|알겠습니다|好的|当然|もちろん|конечно)(?:입니다)?\\s*[,!.:：，、]",
                  FLAGS),
              Pattern.compile(
                  "^\\W*(?:sure|certainly|of course|okay|absolutely|yes|indeed)\\b", FLAGS)),
          new Kind(
              "starts with a translation preamble",
              Pattern.compile(
                  "^\\W*(?:(?:here|below)\\b[^\\n"
                      + "]{0,40}\\btranslat|(?:the\\s+)?(?:\\w+\\s+)?translat(?:ion|ed"
                      + " text)\\s*(?:\\([^)]*\\))?\\s*[:：]|(?:aquí|a continuación)\\b[^\\n"
                      + "]{0,40}traducci|traducci[oó]n\\s*[:：]|(?:다음은|아래는)[^\\n"
                      + "]{0,40}번역|(?:한국어\\s*)?번역(?:문|본|\\s*결과)?\\s*[:：]|(?:以下是|这是)[^\\n"
                      + "]{0,20}翻译|(?:翻译|译文)\\s*[:：]|(?:以下は|こちらは)[^\\n"
                      + "]{0,20}翻訳|翻訳\\s*[:：]|вот перевод|перевод\\s*[:：])",
                  FLAGS),
              Pattern.compile("^\\W*[^\\n]{0,60}translat", FLAGS)),
          new Kind(
              "contains a code fence",
              Pattern.compile("```"),
              Pattern.compile("```"),
              Integer.MAX_VALUE,
              List.of("```")),
          new Kind(
              "adds a note to the reader",
              Pattern.compile(
                  "(?m)^[\\s(（\\[*]*(?:(?:translator'?s\\s+)?notes?|nota(?: del traductor)?"
                      + "|注意|注|备注|说明|訳注|참고|주의|역주)\\s*[:：]",
                  FLAGS),
              Pattern.compile("\\bnotes?\\s*[:：]", FLAGS),
              Integer.MAX_VALUE,
              List.of(":", "：")),
          new Kind(
              "ends with an assistant's sign-off",
              Pattern.compile(
                  "(?:let me know if|i hope this helps|feel free to ask"
                      + "|도움이 되(?:었|셨)으면|더 필요하시면|궁금한 점이)[^\\n]{0,"
                      + AFTER_SIGN_OFF
                      + "}$",
                  FLAGS),
              Pattern.compile("(?:let me know if|i hope this helps|feel free to ask)", FLAGS),
              SIGN_OFF_REACH,
              List.of(
                  "let me know if",
                  "i hope this helps",
                  "feel free to ask",
                  "도움이 되",
                  "더 필요하시면",
                  "궁금한 점이")));

  private LlmChatter() {}

  /** What about {@code translation} looks like chat rather than translation, if anything. */
  static Optional<String> find(String source, String translation) {
    String reply = translation.strip();
    String folded = folded(reply);
    for (Kind kind : KINDS) {
      OptionalInt at = firstMatch(kind, reply, folded);
      if (at.isPresent() && !kind.inSource().matcher(source.strip()).find()) {
        return Optional.of(
            "translation " + kind.description() + ": " + lineAt(reply, at.getAsInt()));
      }
    }
    return Optional.empty();
  }

  /**
   * Where the kind's first match in {@code reply} starts ({@code folded}: the reply {@link
   * #folded}). Transparent, non-anchoring bounds: lookarounds, ^ and $ see the whole reply whatever
   * the region, so a match that starts at a position is found there whether the region starts at it
   * or before it.
   */
  private static OptionalInt firstMatch(Kind kind, String reply, String folded) {
    int from = Math.max(0, reply.length() - kind.reach());
    if (kind.needs() != null
        && kind.needs().stream().noneMatch(n -> folded.indexOf(n, from) >= 0)) {
      return OptionalInt.empty();
    }
    Matcher m =
        kind.inTranslation()
            .matcher(reply)
            .useTransparentBounds(true)
            .useAnchoringBounds(false)
            .region(from, reply.length());
    return m.find() ? OptionalInt.of(m.start()) : OptionalInt.empty();
  }

  /**
   * Each character as a case-insensitive, Unicode-case pattern compares it (İ and ı as i). ASCII
   * and Hangul directly: with the JIT of a local-engine run (C1), Character's tables are not cheap.
   */
  static String folded(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= '\uAC00' && c <= '\uD7A3') {
        chars[i] = c;
      } else {
        chars[i] = Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return new String(chars);
  }

  /** The line of {@code reply} where the chat was found, shortened. */
  private static String lineAt(String reply, int at) {
    int start = reply.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int end = reply.indexOf('\n', at);
    String line = reply.substring(start, end < 0 ? reply.length() : end);
    return "'" + (line.length() <= 60 ? line : line.substring(0, 57) + "...") + "'";
  }
}
