package com.digesttranslator.translate.provider;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.translate.LanguagePair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageSupportTest {

  @ParameterizedTest
  @CsvSource({
    "openai, en, ko, DOCUMENTED",
    "openai, en, xx, NONE",
    "deepl, en, ko, DOCUMENTED",
    "deepl, en, zh-TW, DOCUMENTED",
    "deepl, en, pt-PT, DOCUMENTED",
    "deepl, en, hi, ASK_PROVIDER",
    "google, en, ko, DOCUMENTED",
    "google-v3, en, sw, DOCUMENTED",
    "papago, en, ko, DOCUMENTED",
    "papago, ko, en, DOCUMENTED",
    "papago, en, zh-Hant, DOCUMENTED",
    "papago, ko, it, DOCUMENTED",
    "papago, en, it, NONE",
    "papago, ja, es, NONE",
    "papago, en, fi, NONE",
    "papago, zh-TW, zh-CN, DOCUMENTED",
    "apertium, en, ko, ASK_PROVIDER",
    "libretranslate, en, ko, ASK_PROVIDER"
  })
  void whatTheDocumentationSaysBeforeAnyRequest(
      String provider, String source, String target, LanguageSupport expected) {
    assertThat(LanguageSupport.of(provider, new LanguagePair(source, target)), is(expected));
  }
}
