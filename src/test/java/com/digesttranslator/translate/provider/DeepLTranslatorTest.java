package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.RetryPolicy;
import com.digesttranslator.translate.resilience.TextResult;
import com.digesttranslator.translate.resilience.TranslationListener;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeepLTranslatorTest extends ProviderContract {

  private static final String LANGUAGES_TARGET =
      "[{\"language\":\"DE\",\"name\":\"German\",\"supports_formality\":true},"
          + "{\"language\":\"KO\",\"name\":\"Korean\",\"supports_formality\":false}]";
  private static final String LANGUAGES_SOURCE =
      "[{\"language\":\"EN\",\"name\":\"English\"},{\"language\":\"KO\",\"name\":\"Korean\"}]";

  static ApiKey key(String value) {
    return ApiKey.resolve("DEEPL_API_KEY", null, name -> value).orElseThrow();
  }

  @Override
  Translator translator(String baseUrl, Duration timeout) {
    return new DeepLTranslator(
        baseUrl, new LanguagePair("en", "ko"), key(SECRET), new HttpCaller(timeout));
  }

  @Override
  String translatePath() {
    return "/v2/translate";
  }

  @Override
  String successBody(List<String> translations) {
    return "{\"translations\":["
        + translations.stream()
            .map(t -> "{\"detected_source_language\":\"EN\",\"text\":\"" + t + "\"}")
            .collect(Collectors.joining(","))
        + "],\"billed_characters\":42}";
  }

  @Override
  String serverErrorBody(int status) {
    return "{\"message\":\"Internal server error\"}";
  }

  @Override
  ResponseDefinitionBuilder rejectionQuotingSecret() {
    return json(403, "{\"message\":\"Invalid authentication key " + SECRET + "\"}");
  }

  @Test
  void sendsTheKeyInTheHeaderAndTheDocumentedFields() throws TranslationException {
    replyToTranslate(json(200, successBody(List.of("안녕하세요", "세계"))));

    assertThat(translator().translate(List.of("Hello", "World")), contains("안녕하세요", "세계"));

    server.verify(
        postRequestedFor(urlEqualTo("/v2/translate"))
            .withHeader("Authorization", equalTo("DeepL-Auth-Key " + SECRET))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(
                equalToJson(
                    "{\"text\":[\"Hello\",\"World\"],\"source_lang\":\"EN\","
                        + "\"target_lang\":\"KO\",\"formality\":\"prefer_more\",\"split_sentences\":\"nonewlines\"}")));
  }

  @Test
  void fewerItemsThanTextsIsTransientNotAShift() {
    replyToTranslate(json(200, successBody(List.of("안녕하세요"))));
    TranslationException e = failure(() -> translator().translate(List.of("Hello", "World")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), containsString("1 translations for 2 texts"));
  }

  @Test
  void quota456IsNotRetriedAndStopsTheRun() {
    replyToTranslate(json(456, "{\"message\":\"Quota exceeded\"}"));
    CircuitBreaker breaker = CircuitBreaker.forRun(UUID.randomUUID().toString());
    ResilientTranslator resilient =
        new ResilientTranslator(
            translator(),
            RetryPolicy.withMaxAttempts(5),
            breaker,
            new QualityGate(),
            d -> {},
            new Random(1),
            TranslationListener.NONE);

    List<TextResult> results = resilient.translateAll(List.of("Hello", "World"));

    assertThat(results.get(0).errorClass(), is(ErrorClass.QUOTA));
    assertThat(results.get(1).errorClass(), is(ErrorClass.QUOTA));
    assertThat(breaker.isOpen(), is(true));
    server.verify(1, postRequestedFor(urlPathEqualTo("/v2/translate")));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 529})
  void tooManyRequestsAndHighLoadAreTransient(int status) {
    TranslationException e = translateFailure(json(status, "{\"message\":\"Too many requests\"}"));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
  }

  @Test
  void aFreeKeyOnTheProHostIsAnAuthFailureThatSaysWhy() {
    TranslationException e =
        translateFailure(
            json(403, "{\"message\":\"Wrong endpoint. Use https://api-free.deepl.com\"}"));
    assertThat(e.errorClass(), is(ErrorClass.AUTH));
    assertThat(e.getMessage(), containsString("Wrong endpoint. Use https://api-free.deepl.com"));
  }

  @Test
  void aBodyOver128KibIsPermanent() {
    TranslationException e =
        translateFailure(json(413, "{\"message\":\"Request Entity Too Large\"}"));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
  }

  @Test
  void unsupportedFormalityIsPermanentWithTheDetail() {
    TranslationException e =
        translateFailure(
            json(
                400,
                "{\"message\":\"Bad request. Reason: 'formality' is not supported for given"
                    + " 'target_lang'.\",\"detail\":\"Value for 'formality' not supported.\"}"));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(
        e.getMessage(), allOf(containsString("formality"), containsString("not supported.")));
  }

  @Test
  void theRequestLimitsFitDeepLs() {
    RequestLimits limits = translator().limits();
    assertThat(limits.maxTexts(), is(50));
    assertThat(limits.maxCharsPerRequest() * 4 + 50 * 8, lessThan(128 * 1024));
  }

  @Test
  void theHostFollowsTheKeyType() {
    assertThat(
        DeepLTranslator.defaultEndpoint(key("abc-123:fx")), is("https://api-free.deepl.com"));
    assertThat(DeepLTranslator.defaultEndpoint(key("abc-123")), is("https://api.deepl.com"));
  }

  @ParameterizedTest
  @CsvSource({
    "ko,KO",
    "KO,KO",
    "ja,JA",
    "de-AT,DE",
    "en,EN-US",
    "en-US,EN-US",
    "en-GB,EN-GB",
    "pt,PT-BR",
    "pt-BR,PT-BR",
    "pt-PT,PT-PT",
    "zh,ZH-HANS",
    "zh-CN,ZH-HANS",
    "zh-TW,ZH-HANT",
    "zh-Hant,ZH-HANT",
    "zh-HK,ZH-HANT"
  })
  void targetLanguagesUseDeepLCodes(String bcp47, String deepl) {
    assertThat(DeepLTranslator.targetCode(bcp47), is(deepl));
  }

  @ParameterizedTest
  @CsvSource({"en,EN", "en-US,EN", "ko,KO", "zh-TW,ZH", "pt-BR,PT"})
  void sourceLanguagesHaveNoVariants(String bcp47, String deepl) {
    assertThat(DeepLTranslator.sourceCode(bcp47), is(deepl));
  }

  private void stubLanguages(String target) {
    server.stubFor(
        get(urlEqualTo("/v2/languages?type=target"))
            .withHeader("Authorization", equalTo("DeepL-Auth-Key " + SECRET))
            .willReturn(json(200, target)));
    server.stubFor(
        get(urlEqualTo("/v2/languages?type=source"))
            .withHeader("Authorization", equalTo("DeepL-Auth-Key " + SECRET))
            .willReturn(json(200, LANGUAGES_SOURCE)));
  }

  @Test
  void checkReadyPassesWhenBothLanguagesAreListed() throws ProviderSetupException {
    stubLanguages(LANGUAGES_TARGET);
    translator().checkReady();
  }

  @Test
  void checkReadyNamesTheSupportedTargetsWhenOneIsMissing() {
    stubLanguages("[{\"language\":\"DE\",\"name\":\"German\"}]");
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(
        e.getMessage(),
        allOf(containsString("KO"), containsString("DE"), containsString("--targetLanguage")));
  }

  @Test
  void checkReadyExplainsARejectedKeyWithoutShowingIt() {
    server.stubFor(
        get(urlPathEqualTo("/v2/languages")).willReturn(json(403, "{\"message\":\"Forbidden\"}")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(
        e.getMessage(),
        allOf(containsString("DEEPL_API_KEY"), containsString(":fx"), not(containsString(SECRET))));
  }

  @Test
  void checkReadyReportsAnExhaustedQuota() {
    server.stubFor(
        get(urlPathEqualTo("/v2/languages"))
            .willReturn(json(456, "{\"message\":\"Quota exceeded\"}")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), containsString("quota"));
  }
}
