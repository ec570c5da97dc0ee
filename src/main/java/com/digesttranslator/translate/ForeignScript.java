package com.digesttranslator.translate;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Letters of a script that has no business in the translation: neither the target's own, nor
 * Latin (names, acronyms), nor a script the source itself uses. Real LLM Korean mixes in Japanese
 * kana and Chinese characters ({@code ベンチマーク는}, {@code 先端的}, {@code 微调}), Cyrillic inside
 * Korean words, names turned into katakana; a reader sees each of them, however few, so one
 * foreign letter is enough.
 *
 * <p>A lone Greek letter is a symbol (α, λ, Δ) in any language and is not counted.
 */
final class ForeignScript {

  /** Scripts of letters that belong to no language in particular. */
  private static final Set<UnicodeScript> NEUTRAL =
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.COMMON, UnicodeScript.INHERITED);
  private static final int QUOTED_RUNS = 4;
  private static final int QUOTED_LENGTH = 12;

  private ForeignScript() {}

  /** A run of letters in one foreign script. */
  private record Run(UnicodeScript script, String text) {}

  /**
   * What is foreign in {@code translation} for a target writing in {@code ownScripts}; nothing
   * when the target's scripts are unknown (empty).
   */
  static Optional<String> find(
      String source, String translation, Set<UnicodeScript> ownScripts, String language) {
    if (ownScripts.isEmpty()) {
      return Optional.empty();
    }
    Set<UnicodeScript> allowed = EnumSet.copyOf(NEUTRAL);
    allowed.addAll(ownScripts);
    source.codePoints().filter(Character::isLetter).forEach(cp -> allowed.add(UnicodeScript.of(cp)));
    List<Run> runs = runs(translation, allowed);
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    Set<UnicodeScript> scripts = runs.stream().map(Run::script)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    String quoted = runs.stream().map(Run::text).distinct().limit(QUOTED_RUNS)
        .map(t -> "'" + (t.length() <= QUOTED_LENGTH ? t : t.substring(0, QUOTED_LENGTH) + "…") + "'")
        .collect(Collectors.joining(", "));
    long letters = runs.stream().mapToLong(r -> r.text().codePoints().count()).sum();
    return Optional.of(String.format(Locale.ROOT, "foreign script in a '%s' translation: %d %s"
            + " letter%s (%s)%s", language, letters,
        scripts.stream().map(ForeignScript::name).collect(Collectors.joining("/")),
        letters == 1 ? "" : "s", quoted, runs.size() > QUOTED_RUNS ? " …" : ""));
  }

  /**
   * Maximal runs of letters in scripts outside {@code allowed}; a script-neutral letter or mark
   * inside a run (the katakana length mark ー) belongs to it.
   */
  private static List<Run> runs(String text, Set<UnicodeScript> allowed) {
    List<Run> runs = new ArrayList<>();
    int[] cps = text.codePoints().toArray();
    int i = 0;
    while (i < cps.length) {
      UnicodeScript script = UnicodeScript.of(cps[i]);
      if (!Character.isLetter(cps[i]) || allowed.contains(script)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < cps.length && (UnicodeScript.of(cps[end]) == script
          || joins(cps[end]) && end + 1 < cps.length && UnicodeScript.of(cps[end + 1]) == script
          || joins(cps[end]) && end + 1 == cps.length)) {
        end++;
      }
      boolean symbol = script == UnicodeScript.GREEK && end - i == 1;
      if (!symbol) {
        runs.add(new Run(script, new String(cps, i, end - i)));
      }
      i = end;
    }
    return runs;
  }

  /** A neutral letter or mark that continues a word in any script (ー, combining marks). */
  private static boolean joins(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    int type = Character.getType(cp);
    return (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED)
        && (type == Character.MODIFIER_LETTER || type == Character.NON_SPACING_MARK);
  }

  private static String name(UnicodeScript script) {
    return switch (script) {
      case HAN -> "Han (Chinese character)";
      case HIRAGANA -> "hiragana";
      case KATAKANA -> "katakana";
      case HANGUL -> "Hangul";
      default -> script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT);
    };
  }
}
