package com.digesttranslator.translate.quality;

import java.io.Serializable;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a translation from English into one target language looks like: the scripts its letters may
 * be in, the script most of them should be in, and how long it is relative to the English source
 * (in code points).
 *
 * <p>Length bounds: Korean's lower bound is measured on real LLM translations of corpus abstracts
 * (docs/quality.md: clean ratios 0.42–0.56, median 0.49; the bound 0.35 lies 3 standard deviations
 * below their mean). Measured ratios hold for abstract-length texts; a single sentence varies more,
 * so texts shorter than {@link #CALIBRATED_LENGTH} are held to the looser {@code minShortRatio}.
 * The other bounds are generous versions of typical ratios: Chinese about 0.3, Japanese 0.4,
 * alphabetic and abugida scripts 0.9 to 1.3 (Spanish by Apertium: measured). Below the minimum the
 * reply was most likely truncated; above the maximum something was added.
 *
 * @param ownScripts scripts the target writes in besides Latin (Korean: Hangul only; Japanese: Han
 *     and kana); empty when the target is unknown, which switches the foreign-script check off
 * @param scripts scripts most letters should be in; empty for Latin-script and unknown targets
 * @param minScriptShare share of counted letters that must be in {@code scripts}
 */
record TargetProfile(
    String language,
    Set<UnicodeScript> ownScripts,
    Set<UnicodeScript> scripts,
    double minScriptShare,
    double minLengthRatio,
    double minShortRatio,
    double maxLengthRatio)
    implements Serializable {

  /** Source length (code points) from which {@code minLengthRatio} applies. */
  static final int CALIBRATED_LENGTH = 400;

  private static final double ALPHABETIC_MIN = 0.5;
  private static final double ALPHABETIC_MAX = 2.5;

  private static final Map<String, UnicodeScript> SCRIPT_OF_LANGUAGE =
      Map.ofEntries(
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

  /**
   * Languages written in Latin script. A language in neither list has no known script, so no letter
   * can be called foreign to it.
   */
  private static final Set<String> LATIN_LANGUAGES =
      Set.of(
          "af", "az", "bs", "ca", "ceb", "co", "cs", "cy", "da", "de", "en", "eo", "es", "et", "eu",
          "fi", "fil", "fr", "fy", "ga", "gd", "gl", "ha", "haw", "hr", "ht", "hu", "id", "ig",
          "is", "it", "jv", "ku", "la", "lb", "lt", "lv", "mg", "mi", "ms", "mt", "nb", "nl", "nn",
          "no", "ny", "pl", "pt", "qu", "ro", "sk", "sl", "sm", "sn", "so", "sq", "st", "su", "sv",
          "sw", "tk", "tl", "tr", "uz", "vi", "xh", "yo", "zu");

  /** The profile for a BCP-47 code ({@code ko}, {@code zh-Hant-TW}, {@code sr-Latn}). */
  static TargetProfile of(String bcp47) {
    Locale locale = Locale.forLanguageTag(bcp47);
    String language = locale.getLanguage();
    switch (language) {
      case "ko":
        return new TargetProfile(
            language,
            EnumSet.of(UnicodeScript.HANGUL),
            EnumSet.of(UnicodeScript.HANGUL),
            0.3,
            0.35,
            0.2,
            1.3);
      case "ja":
        // Kana, not kanji, for the share: kanji alone would let a Chinese reply pass as Japanese.
        return new TargetProfile(
            language,
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            0.2,
            0.15,
            0.15,
            1.2);
      case "zh":
        return new TargetProfile(
            language,
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.HAN),
            0.3,
            0.1,
            0.1,
            1.0);
      default:
        return alphabetic(language, locale.getScript());
    }
  }

  /** Unknown target: no script checks, and bounds loose enough for any language. */
  static TargetProfile unknown() {
    return new TargetProfile("", Set.of(), Set.of(), 0, 0.3, 0.3, 3.0);
  }

  /** The least acceptable length ratio for a source of {@code sourceLength} code points. */
  double minRatioFor(int sourceLength) {
    return sourceLength >= CALIBRATED_LENGTH ? minLengthRatio : minShortRatio;
  }

  private static TargetProfile alphabetic(String language, String explicitScript) {
    UnicodeScript own =
        explicitScript.isEmpty() ? SCRIPT_OF_LANGUAGE.get(language) : scriptNamed(explicitScript);
    if (own == null && LATIN_LANGUAGES.contains(language)) {
      own = UnicodeScript.LATIN;
    }
    Set<UnicodeScript> owns = own == null ? Set.of() : EnumSet.of(own);
    Set<UnicodeScript> share = own == null || own == UnicodeScript.LATIN ? Set.of() : owns;
    return new TargetProfile(
        language, owns, share, 0.3, ALPHABETIC_MIN, ALPHABETIC_MIN, ALPHABETIC_MAX);
  }

  /** The script of an ISO 15924 subtag ({@code Latn}, {@code Cyrl}), if Java knows it. */
  private static UnicodeScript scriptNamed(String subtag) {
    try {
      return UnicodeScript.forName(subtag);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
