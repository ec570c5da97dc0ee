package com.digesttranslator.translate;

import java.io.Serializable;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a translation from English into one target language looks like: the script its letters
 * should mostly be in, and how long it is relative to the English source (in code points).
 *
 * <p>Length bounds are generous versions of typical ratios for English sources: Chinese about
 * 0.3, Japanese 0.4, Korean 0.5, alphabetic and abugida scripts 0.9 to 1.3 (Spanish by Apertium:
 * measured, see docs/quality.md). Below the minimum the reply was most likely truncated; above the
 * maximum something was added.
 *
 * @param scripts scripts of the target's own letters; empty for Latin-script and unknown targets
 * @param minScriptShare share of counted letters that must be in {@code scripts}
 */
record TargetProfile(
    String language, Set<UnicodeScript> scripts, double minScriptShare,
    double minLengthRatio, double maxLengthRatio) implements Serializable {

  private static final double ALPHABETIC_MIN = 0.5;
  private static final double ALPHABETIC_MAX = 2.5;

  private static final Map<String, UnicodeScript> SCRIPT_OF_LANGUAGE = Map.ofEntries(
      Map.entry("ru", UnicodeScript.CYRILLIC), Map.entry("uk", UnicodeScript.CYRILLIC),
      Map.entry("be", UnicodeScript.CYRILLIC), Map.entry("bg", UnicodeScript.CYRILLIC),
      Map.entry("mk", UnicodeScript.CYRILLIC), Map.entry("sr", UnicodeScript.CYRILLIC),
      Map.entry("kk", UnicodeScript.CYRILLIC), Map.entry("ky", UnicodeScript.CYRILLIC),
      Map.entry("mn", UnicodeScript.CYRILLIC), Map.entry("tg", UnicodeScript.CYRILLIC),
      Map.entry("el", UnicodeScript.GREEK), Map.entry("he", UnicodeScript.HEBREW),
      Map.entry("iw", UnicodeScript.HEBREW), Map.entry("yi", UnicodeScript.HEBREW),
      Map.entry("ar", UnicodeScript.ARABIC), Map.entry("fa", UnicodeScript.ARABIC),
      Map.entry("ur", UnicodeScript.ARABIC), Map.entry("ps", UnicodeScript.ARABIC),
      Map.entry("hi", UnicodeScript.DEVANAGARI), Map.entry("mr", UnicodeScript.DEVANAGARI),
      Map.entry("ne", UnicodeScript.DEVANAGARI), Map.entry("bn", UnicodeScript.BENGALI),
      Map.entry("pa", UnicodeScript.GURMUKHI), Map.entry("gu", UnicodeScript.GUJARATI),
      Map.entry("ta", UnicodeScript.TAMIL), Map.entry("te", UnicodeScript.TELUGU),
      Map.entry("kn", UnicodeScript.KANNADA), Map.entry("ml", UnicodeScript.MALAYALAM),
      Map.entry("si", UnicodeScript.SINHALA), Map.entry("th", UnicodeScript.THAI),
      Map.entry("lo", UnicodeScript.LAO), Map.entry("km", UnicodeScript.KHMER),
      Map.entry("my", UnicodeScript.MYANMAR), Map.entry("ka", UnicodeScript.GEORGIAN),
      Map.entry("hy", UnicodeScript.ARMENIAN), Map.entry("am", UnicodeScript.ETHIOPIC));

  /** The profile for a BCP-47 code ({@code ko}, {@code zh-Hant-TW}, {@code sr-Latn}). */
  static TargetProfile of(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    String language = locale.getLanguage();
    switch (language) {
      case "ko":
        return new TargetProfile(language, EnumSet.of(UnicodeScript.HANGUL), 0.3, 0.2, 1.3);
      case "ja":
        // Kana, not kanji: kanji alone would let a Chinese reply pass as Japanese.
        return new TargetProfile(language,
            EnumSet.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA), 0.2, 0.15, 1.2);
      case "zh":
        return new TargetProfile(language, EnumSet.of(UnicodeScript.HAN), 0.3, 0.1, 1.0);
      default:
        return alphabetic(language, locale.getScript());
    }
  }

  /** Unknown target: no script check, and bounds loose enough for any language. */
  static TargetProfile unknown() {
    return new TargetProfile("", Set.of(), 0, 0.3, 3.0);
  }

  private static TargetProfile alphabetic(String language, String explicitScript) {
    UnicodeScript script = SCRIPT_OF_LANGUAGE.get(language);
    boolean latinVariant = explicitScript.equals("Latn");
    Set<UnicodeScript> scripts =
        script == null || latinVariant ? Set.of() : EnumSet.of(script);
    return new TargetProfile(language, scripts, 0.3, ALPHABETIC_MIN, ALPHABETIC_MAX);
  }
}
