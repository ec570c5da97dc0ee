package com.digesttranslator.translate.masking;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text whose protected spans were replaced by numbered placeholders ({@code ZX1Z}, {@code ZX2Z}
 * …), and what each placeholder stands for. Placeholders are word-like tokens rather than tags or
 * brackets because rule-based engines move them with the grammar as unknown nouns: Apertium tore
 * {@code ⟦2⟧'s output} apart into {@code salida⟧ del ⟦2} (see docs/quality.md).
 *
 * @param text the text to send to the engine
 * @param spans span {@code i} is behind placeholder {@code i + 1}
 */
public record Masked(String text, List<Masked.Span> spans) {

  /** A protected span: what the source had, and what the translation must have in its place. */
  public record Span(String original, String restoration) {}

  /**
   * Anything an engine may have made of a placeholder: other case, spaces or dashes inside, a lost
   * final letter. Sources are masked with it too, so a text that already contains such a token
   * cannot be mistaken for a damaged placeholder. Only a change of case is forgiven, as it loses
   * nothing: Apertium wrote "ZX4Z.We" (a missing space in the source) as "Zx4z.we".
   */
  static final Pattern LOOKALIKE = Pattern.compile("(?i)z[\\s_-]?x[\\s_-]?(\\d{1,6})[\\s_-]?z?");

  public Masked {
    spans = List.copyOf(spans);
  }

  public static String placeholder(int id) {
    return "ZX" + id + "Z";
  }

  /**
   * Puts the protected spans back into the engine's translation of {@link #text}.
   *
   * @throws TranslationException of class {@link ErrorClass#QUALITY} when a placeholder came back
   *     missing, more than once or altered beyond its case: the translation is not trustworthy
   */
  public String restore(String translation) throws TranslationException {
    List<MatchResult> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int[] seen = new int[spans.size()];
    Matcher m = LOOKALIKE.matcher(translation);
    while (m.find()) {
      int id = Integer.parseInt(m.group(1));
      if (id < 1 || id > spans.size() || !m.group().equalsIgnoreCase(placeholder(id))) {
        problems.add("garbled placeholder '" + m.group() + "'");
      } else {
        seen[id - 1]++;
        found.add(m.toMatchResult());
      }
    }
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] != 1) {
        problems.add(describe(i, seen[i]));
      }
    }
    if (!problems.isEmpty()) {
      throw new TranslationException(
          ErrorClass.QUALITY, 0, "protected text damaged: " + String.join("; ", problems));
    }
    return fill(translation, found);
  }

  private String fill(String translation, List<MatchResult> placeholders) {
    StringBuilder out = new StringBuilder();
    String previous = "";
    int position = 0;
    for (MatchResult p : placeholders) {
      out.append(HangulParticles.agree(previous, translation.substring(position, p.start())));
      previous = spans.get(Integer.parseInt(p.group(1)) - 1).restoration();
      out.append(previous);
      position = p.end();
    }
    out.append(HangulParticles.agree(previous, translation.substring(position)));
    return out.toString();
  }

  private String describe(int index, int count) {
    String what = placeholder(index + 1) + " (" + abbreviate(spans.get(index).original()) + ")";
    return count == 0 ? "lost " + what : what + " appears " + count + " times";
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 37) + "...'";
  }
}
