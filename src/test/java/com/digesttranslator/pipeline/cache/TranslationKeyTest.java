package com.digesttranslator.pipeline.cache;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.masking.Masker;
import com.digesttranslator.translate.masking.MaskingTranslator;
import com.digesttranslator.translate.provider.TranslatorConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the cache key tells apart, and what it does not. */
class TranslationKeyTest {

  private static final String TEXT = "We study how large language models translate abstracts.";

  private static TranslatorConfig config(String endpoint) {
    return new TranslatorConfig(
        "openai",
        endpoint,
        new LanguagePair("en", "ko"),
        "qwen2.5:7b",
        null,
        null,
        null,
        Duration.ofSeconds(5));
  }

  private static String key(String endpoint) {
    return new TranslationKey(config(endpoint), "").of(TEXT);
  }

  @Test
  void twoServersWithTheSameModelNameDoNotShareEntries() {
    assertThat(key("http://gpu-a:8000"), not(key("http://gpu-b:8000")));
    assertThat(key("http://localhost:11434"), not(key("http://localhost:8000")));
    assertThat(key(null), not(key("http://localhost:11434")));
  }

  @Test
  void oneServerWrittenTwoWaysIsOneServer() {
    assertThat(key("HTTP://LocalHost:80/v1/"), is(key("http://localhost/v1")));
    assertThat(key(" https://api.example.com:443// "), is(key("https://api.example.com")));
    assertThat(key("http://user:pw@gpu-a:8000/"), is(key("http://gpu-a:8000")));
    assertThat(key(""), is(key(null)));
  }

  @Test
  void anotherPromptIsAnotherTranslation() {
    TranslationKey first = new TranslationKey(config(null), "", "prompt: translate formally");
    TranslationKey second = new TranslationKey(config(null), "", "prompt: translate casually");

    assertThat(first.of(TEXT), not(second.of(TEXT)));
    assertThat(first.of(TEXT), not(key(null)));
  }

  @Test
  void theMaskerPassesTheEnginesFingerprintOn() {
    Translator engine =
        new Translator() {
          @Override
          public List<String> translate(List<String> texts) {
            return texts;
          }

          @Override
          public RequestLimits limits() {
            return new RequestLimits(1, 100, 100);
          }

          @Override
          public void checkReady() {}

          @Override
          public String translationFingerprint() {
            return "system prompt v7";
          }
        };

    assertThat(
        new MaskingTranslator(engine, Masker.defaults()).translationFingerprint(),
        is("system prompt v7"));
  }

  static String earlierLayoutKey(TranslatorConfig config, String variant, String text)
      throws Exception {
    String scope =
        String.join(
            "\u0000",
            config.provider(),
            config.model() == null ? "" : config.model(),
            config.pair().source(),
            config.pair().target(),
            variant,
            "");
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest((scope + text).getBytes(StandardCharsets.UTF_8)));
  }

  /** A cache written before the endpoint was in the key stays usable where it meant the same. */
  @Test
  void theEarlierLayoutsKeyIsOfferedForAVendorsOwnServer() throws Exception {
    TranslatorConfig deepl =
        new TranslatorConfig(
            "deepl",
            null,
            new LanguagePair("en", "ko"),
            null,
            null,
            null,
            null,
            Duration.ofSeconds(5));
    TranslationKey key = new TranslationKey(deepl, "glossary");
    String earlier = earlierLayoutKey(deepl, "glossary", TEXT);

    assertThat(key.of(TEXT), not(earlier));
    assertThat(key.earlierOf(TEXT), is(Optional.of(earlier)));
  }

  @Test
  void theEarlierLayoutsKeyIsNotOfferedWhereItCouldMeanAnotherServerOrPrompt() {
    TranslatorConfig google =
        new TranslatorConfig(
            "google",
            "http://proxy:8080",
            new LanguagePair("en", "ko"),
            null,
            null,
            null,
            null,
            Duration.ofSeconds(5));
    TranslatorConfig papago =
        new TranslatorConfig(
            "papago",
            null,
            new LanguagePair("en", "ko"),
            null,
            null,
            null,
            null,
            Duration.ofSeconds(5));

    assertThat(new TranslationKey(config(null), "").earlierOf(TEXT), is(Optional.empty()));
    assertThat(new TranslationKey(google, "").earlierOf(TEXT), is(Optional.empty()));
    assertThat(new TranslationKey(papago, "", "prompt").earlierOf(TEXT), is(Optional.empty()));
    assertThat(new TranslationKey(papago, "").earlierOf(TEXT).isPresent(), is(true));
  }
}
