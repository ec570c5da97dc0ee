package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({
    "ko, Korean, ## 초록 (Korean)",
    "es, Spanish, ## Resumen (Spanish)",
    "en, English, ## Abstract (English)",
    "ja, Japanese, ## 要旨 (Japanese)",
    "zh-CN, Chinese, ## 摘要 (Chinese)",
    "fr, French, ## Résumé (French)",
    "de, German, ## Zusammenfassung (German)",
    "pt-BR, Portuguese, ## Resumo (Portuguese)",
    "ca, Catalan, ## Resum (Catalan)",
    "KO, Korean, ## 초록 (Korean)",
    "nl, Dutch, ## Abstract (Dutch)"
  })
  void headingUsesTheNativeWordAndTheEnglishName(String code, String english, String heading) {
    Language language = Language.forCode(code);
    assertThat(language.code(), is(code));
    assertThat(language.englishName(), is(english));
    assertThat(language.heading(), is(heading));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "123", "und", "es_ES", "../ko", "xx", "qaa"})
  void unknownOrMalformedCodesAreRejected(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Language.forCode(code));
    assertThat(e.getMessage(), containsString("'" + code + "'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "es", "fr"})
  void headingOfALanguageParsesBackToTheSameLabel(String code) throws Exception {
    Language language = Language.forCode(code);
    String text = "H\n--- 1. T ---\n## Abstract (Original)\nA.\n" + language.heading() + "\nB.\n";
    Digest digest = DigestParser.parse("x.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(digest.entries().get(0).sectionIn(language).orElseThrow().text(), is("B."));
  }
}
