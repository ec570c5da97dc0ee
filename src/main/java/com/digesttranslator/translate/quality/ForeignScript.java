package com.digesttranslator.translate.quality;

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
 * Letters of a script that has no business in the translation: neither the target's own, nor Latin
 * (names, acronyms), nor a script the source itself uses. Real LLM Korean mixes in Japanese kana
 * and Chinese characters ({@code ベンチマーク는}, {@code 先端的}, {@code 微调}), Cyrillic inside Korean words,
 * names turned into katakana; a reader sees each of them, however few, so one foreign letter is
 * enough.
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

  /** A run of foreign letters and the scripts they are in. */
  private record Run(Set<UnicodeScript> scripts, String text) {}

  /**
   * What is foreign in {@code translation} for a target writing in {@code ownScripts}; nothing when
   * the target's scripts are unknown (empty).
   */
  static Optional<String> find(
      String source, String translation, Set<UnicodeScript> ownScripts, String language) {
    if (ownScripts.isEmpty()) {
      return Optional.empty();
    }
    Set<UnicodeScript> allowed = EnumSet.copyOf(NEUTRAL);
    allowed.addAll(ownScripts);
    source
        .codePoints()
        .filter(cp -> !isAscii(cp) && Character.isLetter(cp))
        .forEach(cp -> allowed.add(UnicodeScript.of(cp)));
    List<Run> runs = runs(translation, allowed);
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    Set<UnicodeScript> scripts =
        runs.stream()
            .flatMap(r -> r.scripts().stream())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    String quoted =
        runs.stream()
            .map(Run::text)
            .distinct()
            .limit(QUOTED_RUNS)
            .map(
                t ->
                    "'"
                        + (t.length() <= QUOTED_LENGTH ? t : t.substring(0, QUOTED_LENGTH) + "…")
                        + "'")
            .collect(Collectors.joining(", "));
    long letters = runs.stream().mapToLong(r -> r.text().codePoints().count()).sum();
    return Optional.of(
        String.format(
            Locale.ROOT,
            "foreign script in a '%s' translation: %d %s" + " letter%s (%s)%s",
            language,
            letters,
            scripts.stream().map(ForeignScript::name).collect(Collectors.joining("/")),
            letters == 1 ? "" : "s",
            quoted,
            runs.size() > QUOTED_RUNS ? " …" : ""));
  }

  /**
   * Maximal runs of letters in scripts outside {@code allowed} ({@code 付き} is one run of Han and
   * hiragana); a script-neutral letter or mark inside a run (the katakana length mark ー) belongs to
   * it.
   */
  private static List<Run> runs(String text, Set<UnicodeScript> allowed) {
    List<Run> runs = new ArrayList<>();
    int[] cps = text.codePoints().toArray();
    int i = 0;
    while (i < cps.length) {
      if (!foreign(cps[i], allowed)) {
        i++;
        continue;
      }
      Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
      int end = i;
      while (end < cps.length
          && (foreign(cps[end], allowed)
              || joins(cps[end]) && (end + 1 == cps.length || foreign(cps[end + 1], allowed)))) {
        if (foreign(cps[end], allowed)) {
          scripts.add(UnicodeScript.of(cps[end]));
        }
        end++;
      }
      boolean symbol = scripts.equals(EnumSet.of(UnicodeScript.GREEK)) && end - i == 1;
      if (!symbol) {
        runs.add(new Run(scripts, new String(cps, i, end - i)));
      }
      i = end;
    }
    return runs;
  }

  private static boolean foreign(int cp, Set<UnicodeScript> allowed) {
    return !isAscii(cp) && Character.isLetter(cp) && !allowed.contains(UnicodeScript.of(cp));
  }

  /**
   * ASCII letters are Latin, which is always allowed: skipping them spares a binary search of
   * Unicode's script table for most letters of most texts.
   */
  private static boolean isAscii(int cp) {
    return cp < 0x80;
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
