package com.digesttranslator.translate.provider;

import com.digesttranslator.translate.LanguagePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a provider translates a language pair, as far as its documentation says before any
 * request (docs/providers.md). Only a documented "no" stops a run here; providers whose languages
 * depend on the server or change over time are asked by their start-up check.
 */
public enum LanguageSupport {
  /** Documented: the provider translates the pair. */
  DOCUMENTED,
  /** Only the provider can tell (a server's pairs, DeepL's growing list): asked at start-up. */
  ASK_PROVIDER,
  /** Documented: the provider does not translate the pair. */
  NONE;

  /** DeepL's documented text-translation targets; it adds more, which its /v2/languages lists. */
  private static final Set<String> DEEPL_TARGETS =
      Set.of(
          "ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hu", "id", "it", "ja",
          "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "tr", "uk", "zh");

  /** Papago's 29 documented pairs, each both ways (NCP Papago Text Translation guide). */
  private static final List<List<String>> PAPAGO_PAIRS = papagoPairs();

  private static List<List<String>> papagoPairs() {
    List<String> withKorean =
        List.of("en", "ja", "zh-CN", "zh-TW", "vi", "th", "id", "fr", "es", "ru", "de", "it");
    List<String> withEnglish =
        List.of("ja", "zh-CN", "zh-TW", "vi", "th", "id", "fr", "es", "ru", "de");
    List<String> withJapanese = List.of("zh-CN", "zh-TW", "vi", "th", "id", "fr");
    List<List<String>> pairs = new ArrayList<>();
    withKorean.forEach(other -> pairs.add(List.of("ko", other)));
    withEnglish.forEach(other -> pairs.add(List.of("en", other)));
    withJapanese.forEach(other -> pairs.add(List.of("ja", other)));
    pairs.add(List.of("zh-CN", "zh-TW"));
    return List.copyOf(pairs);
  }

  public static LanguageSupport of(String provider, LanguagePair pair) {
    return switch (provider) {
      // A language model translates into any language it can be told the name of.
      case "openai" -> knownName(pair.source()) && knownName(pair.target()) ? DOCUMENTED : NONE;
      // Google lists well over a hundred languages; its start-up check asks for the rest.
      case "google", "google-v3" -> DOCUMENTED;
      case "deepl" -> DEEPL_TARGETS.contains(language(pair.target())) ? DOCUMENTED : ASK_PROVIDER;
      case "papago" -> papago(pair) ? DOCUMENTED : NONE;
      default -> ASK_PROVIDER;
    };
  }

  private static boolean papago(LanguagePair pair) {
    String source = RegionalChinese.code(pair.source());
    String target = RegionalChinese.code(pair.target());
    return PAPAGO_PAIRS.contains(List.of(source, target))
        || PAPAGO_PAIRS.contains(List.of(target, source));
  }

  private static String language(String bcp47) {
    return Locale.forLanguageTag(bcp47).getLanguage();
  }

  private static boolean knownName(String bcp47) {
    return !OpenAiTranslator.languageName(bcp47).equals(bcp47);
  }
}
