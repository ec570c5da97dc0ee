package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
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
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibreTranslateTranslatorTest extends ProviderContract {

  private static final LanguagePair EN_KO = new LanguagePair("en", "ko");

  @Override
  Translator translator(String baseUrl, Duration timeout) {
    ApiKey key = ApiKey.resolve("LIBRETRANSLATE_API_KEY", null, name -> SECRET).orElseThrow();
    return new LibreTranslateTranslator(baseUrl, EN_KO, Optional.of(key), new HttpCaller(timeout));
  }

  private Translator withoutKey(LanguagePair pair) {
    return new LibreTranslateTranslator(
        server.baseUrl(), pair, Optional.empty(), new HttpCaller(TIMEOUT));
  }

  @Override
  String translatePath() {
    return "/translate";
  }

  @Override
  String successBody(List<String> translations) {
    return "{\"translatedText\":["
        + translations.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","))
        + "]}";
  }

  @Override
  String serverErrorBody(int status) {
    return "{\"error\":\"Cannot translate text: argostranslate failed\"}";
  }

  @Override
  ResponseDefinitionBuilder rejectionQuotingSecret() {
    return json(403, "{\"error\":\"Invalid API key: " + SECRET + "\"}");
  }

  @Test
  void postsAnArrayWithTheKeyInTheBody() throws TranslationException {
    replyToTranslate(json(200, successBody(List.of("안녕하세요", "세계"))));

    assertThat(translator().translate(List.of("Hello", "World")), contains("안녕하세요", "세계"));

    server.verify(
        postRequestedFor(urlEqualTo("/translate"))
            .withRequestBody(
                equalToJson(
                    "{\"q\":[\"Hello\",\"World\"],\"source\":\"en\",\"target\":\"ko\",\"format\":\"text\",\"api_key\":\""
                        + SECRET
                        + "\"}")));
  }

  @Test
  void withoutAKeyThereIsNoKeyField() throws TranslationException {
    replyToTranslate(json(200, successBody(List.of("안녕하세요"))));
    withoutKey(EN_KO).translate(List.of("Hello"));
    server.verify(
        postRequestedFor(urlEqualTo("/translate")).withRequestBody(notContaining("api_key")));
  }

  @Test
  void aPlainStringForOneTextIsAccepted() throws TranslationException {
    replyToTranslate(json(200, "{\"translatedText\":\"안녕하세요\"}"));
    assertThat(translator().translate(List.of("Hello")), contains("안녕하세요"));
  }

  @Test
  void aPlainStringForTwoTextsIsTransient() {
    replyToTranslate(json(200, "{\"translatedText\":\"안녕하세요 세계\"}"));
    TranslationException e = failure(() -> translator().translate(List.of("Hello", "World")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), containsString("1 translations for 2 texts"));
  }

  @Test
  void detectedLanguageAsObjectOrListIsIgnored() throws TranslationException {
    replyToTranslate(
        json(
            200,
            "{\"detectedLanguage\":{\"confidence\":90,\"language\":\"en\"},"
                + "\"translatedText\":\"안녕하세요\"}"));
    assertThat(translator().translate(List.of("Hello")), contains("안녕하세요"));
    server.resetAll();
    replyToTranslate(
        json(
            200,
            "{\"detectedLanguage\":[{\"confidence\":90,\"language\":\"en\"},"
                + "{\"confidence\":80,\"language\":\"en\"}],\"translatedText\":[\"안녕하세요\",\"세계\"],"
                + "\"alternatives\":[[],[]]}"));
    assertThat(translator().translate(List.of("Hello", "World")), contains("안녕하세요", "세계"));
  }

  @Test
  void fewerTranslationsThanTextsIsTransient() {
    replyToTranslate(json(200, successBody(List.of("안녕하세요"))));
    TranslationException e = failure(() -> translator().translate(List.of("Hello", "World")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
  }

  @Test
  void overTheCharacterLimitIsPermanent() {
    TranslationException e =
        translateFailure(
            json(
                400,
                "{\"error\":\"Invalid request: request (6200) exceeds" + " text limit (5000)\"}"));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.getMessage(), containsString("exceeds text limit"));
  }

  @Test
  void anUnsupportedLanguageIsPermanent() {
    TranslationException e = translateFailure(json(400, "{\"error\":\"zz is not supported\"}"));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.getMessage(), containsString("zz is not supported"));
  }

  @Test
  void anInvalidOrMissingKeyIsAnAuthFailure() {
    assertThat(
        translateFailure(json(403, "{\"error\":\"Invalid API key\"}")).errorClass(),
        is(ErrorClass.AUTH));
    server.resetAll();
    assertThat(
        translateFailure(
                json(
                    400,
                    "{\"error\":\"Visit https://portal.libretranslate.com to get an API"
                        + " key\"}"))
            .errorClass(),
        is(ErrorClass.AUTH));
    server.resetAll();
    assertThat(
        translateFailure(
                json(400, "{\"error\":\"Please contact the server operator to get an API key\"}"))
            .errorClass(),
        is(ErrorClass.AUTH));
  }

  @Test
  void slowdownIsTransient() {
    TranslationException e =
        translateFailure(json(429, "{\"error\":\"Slowdown: 30 per 1 minute\"}"));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), containsString("Slowdown"));
  }

  @Test
  void aLongSourceEchoedUnchangedIsRejectedByTheQualityGate() {
    String source =
        "Empty engine output makes LibreTranslate answer with the source text itself, unchanged.";
    replyToTranslate(json(200, successBody(List.of(source))));
    ResilientTranslator resilient =
        new ResilientTranslator(
            translator(),
            RetryPolicy.withMaxAttempts(2),
            CircuitBreaker.forRun(UUID.randomUUID().toString()),
            new QualityGate(),
            d -> {},
            new Random(1),
            TranslationListener.NONE);

    TextResult result = resilient.translateAll(List.of(source)).get(0);

    assertThat(result.errorClass(), is(ErrorClass.QUALITY));
    assertThat(result.message(), containsString("identical"));
  }

  @ParameterizedTest
  @CsvSource({"ko,ko", "KO,ko", "en,en", "zh-CN,zh", "zh-TW,zt", "zh-Hans,zh-Hans", "pb,pb"})
  void languageCodesAreArgosCodesOrPassThrough(String given, String libre) {
    assertThat(LibreTranslateTranslator.libreCode(given), is(libre));
  }

  private void stubLanguages(String body) {
    server.stubFor(get(urlEqualTo("/languages")).willReturn(json(200, body)));
  }

  @Test
  void checkReadyFindsThePairInLanguages() throws ProviderSetupException {
    stubLanguages(
        "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"en\",\"ko\"]},"
            + "{\"code\":\"ko\",\"name\":\"Korean\",\"targets\":[\"en\",\"ko\"]}]");
    translator().checkReady();
  }

  @Test
  void checkReadyAcceptsOlderServersThatListNoTargets() throws ProviderSetupException {
    stubLanguages("[{\"code\":\"en\",\"name\":\"English\"},{\"code\":\"ko\",\"name\":\"Korean\"}]");
    translator().checkReady();
  }

  @Test
  void checkReadyNamesTheCodesTheServerKnows() {
    stubLanguages(
        "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"en\",\"es\"]},"
            + "{\"code\":\"es\",\"name\":\"Spanish\",\"targets\":[\"en\",\"es\"]}]");
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), allOf(containsString("'ko'"), containsString("en, es")));
  }

  @Test
  void checkReadyRejectsAPairTheServerCannotTranslate() {
    stubLanguages(
        "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"en\",\"es\"]},"
            + "{\"code\":\"ko\",\"name\":\"Korean\",\"targets\":[\"en\",\"ko\"]}]");
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), containsString("cannot translate en -> ko"));
  }

  @Test
  void checkReadyRecognisesSomethingElseAtTheEndpoint() {
    server.stubFor(
        get(urlEqualTo("/languages"))
            .willReturn(aResponse().withStatus(404).withBody("<html>Not Found</html>")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), containsString("does not look like LibreTranslate"));
  }
}
