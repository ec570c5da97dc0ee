package com.digesttranslator.digest;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * A target language as the digest format names it: the section heading is in the language itself,
 * with its English name in parentheses ({@code ## 초록 (Korean)}), which is how sections are matched.
 */
public record Language(String code, String englishName, String abstractWord)
    implements Serializable {

  private static final Map<String, String> NATIVE_ABSTRACT_WORD =
      Map.ofEntries(
          Map.entry("ko", "초록"),
          Map.entry("es", "Resumen"),
          Map.entry("en", "Abstract"),
          Map.entry("ja", "要旨"),
          Map.entry("zh", "摘要"),
          Map.entry("fr", "Résumé"),
          Map.entry("de", "Zusammenfassung"),
          Map.entry("pt", "Resumo"),
          Map.entry("it", "Sommario"),
          Map.entry("ca", "Resum"),
          Map.entry("ru", "Аннотация"),
          Map.entry("vi", "Tóm tắt"));

  /** The language for a BCP-47 code such as {@code ko}, {@code es} or {@code zh-CN}. */
  public static Language forCode(String code) {
    Locale locale = Locale.forLanguageTag(code);
    String base = locale.getLanguage();
    if (base.isEmpty()) {
      throw new IllegalArgumentException("not a BCP-47 language code: '" + code + "'");
    }
    String english = locale.getDisplayLanguage(Locale.ENGLISH);
    if (english.isEmpty() || english.equalsIgnoreCase(base)) {
      throw new IllegalArgumentException("unknown language code: '" + code + "'");
    }
    return new Language(code, english, NATIVE_ABSTRACT_WORD.getOrDefault(base, "Abstract"));
  }

  /** The section heading line (without terminator) a translated abstract is written under. */
  public String heading() {
    return "## " + abstractWord + " (" + englishName + ")";
  }
}
