package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoogleTranslatorTest extends ProviderContract {

  static String googleError(int code, String message, String reason, String status) {
    return "{\"error\":{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\",\"errors\":[{\"message\":\""
        + message
        + "\",\"domain\":\"usageLimits\",\"reason\":\""
        + reason
        + "\"}],\"status\":\""
        + status
        + "\"}}";
  }

  @Override
  Translator translator(String baseUrl, Duration timeout) {
    ApiKey key = ApiKey.resolve("GOOGLE_API_KEY", null, name -> SECRET).orElseThrow();
    return new GoogleTranslator(
        baseUrl, new LanguagePair("en", "ko"), key, new HttpCaller(timeout));
  }

  @Override
  String translatePath() {
    return "/language/translate/v2";
  }

  @Override
  String successBody(List<String> translations) {
    return "{\"data\":{\"translations\":["
        + translations.stream()
            .map(t -> "{\"translatedText\":\"" + t + "\",\"detectedSourceLanguage\":\"en\"}")
            .collect(Collectors.joining(","))
        + "]}}";
  }

  @Override
  String serverErrorBody(int status) {
    return "{\"error\":{\"code\":"
        + status
        + ",\"message\":\"Internal error encountered.\",\"status\":\"INTERNAL\"}}";
  }

  @Override
  ResponseDefinitionBuilder rejectionQuotingSecret() {
    return json(
        400, googleError(400, "API key not valid: " + SECRET, "badRequest", "INVALID_ARGUMENT"));
  }

  @Test
  void sendsTheKeyInAHeaderNeverInTheUrlAndAsksForPlainText() throws TranslationException {
    replyToTranslate(json(200, successBody(List.of("안녕하세요", "세계"))));

    assertThat(translator().translate(List.of("Hello", "World")), contains("안녕하세요", "세계"));

    server.verify(
        postRequestedFor(urlEqualTo("/language/translate/v2"))
            .withHeader("X-Goog-Api-Key", equalTo(SECRET))
            .withQueryParam("key", absent())
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(
                equalToJson(
                    "{\"q\":[\"Hello\",\"World\"],\"source\":\"en\",\"target\":\"ko\",\"format\":\"text\"}")));
  }

  @Test
  void withFormatTextTheOutputIsNotHtmlEscaped() throws TranslationException {
    server.stubFor(
        post(urlPathEqualTo(translatePath()))
            .willReturn(json(200, successBody(List.of("I&#39;m &quot;here&quot;")))));
    server.stubFor(
        post(urlPathEqualTo(translatePath()))
            .withRequestBody(matchingJsonPath("$.format", equalTo("text")))
            .willReturn(json(200, successBody(List.of("I'm \\\"here\\\"")))));

    assertThat(translator().translate(List.of("I'm \"here\"")), contains("I'm \"here\""));
  }

  @Test
  void fewerTranslationsThanQItemsIsTransient() {
    replyToTranslate(json(200, successBody(List.of("안녕하세요"))));
    TranslationException e =
        failure(() -> translator().translate(List.of("Hello", "World", "Again")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), containsString("1 translations for 3 texts"));
  }

  @Test
  void anInvalidKeyIsA400ButAnAuthFailure() {
    TranslationException e =
        translateFailure(
            json(
                400,
                googleError(
                    400,
                    "API key not valid. Please pass a valid API key.",
                    "badRequest",
                    "INVALID_ARGUMENT")));
    assertThat(e.errorClass(), is(ErrorClass.AUTH));
    assertThat(e.getMessage(), containsString("API key not valid"));
  }

  @Test
  void userRateLimitIsTransientButTheDailyLimitIsQuota() {
    assertThat(
        translateFailure(
                json(
                    403,
                    googleError(
                        403,
                        "User Rate Limit Exceeded",
                        "userRateLimitExceeded",
                        "PERMISSION_DENIED")))
            .errorClass(),
        is(ErrorClass.TRANSIENT));
    server.resetAll();
    assertThat(
        translateFailure(
                json(
                    403,
                    googleError(
                        403, "Rate Limit Exceeded", "rateLimitExceeded", "PERMISSION_DENIED")))
            .errorClass(),
        is(ErrorClass.TRANSIENT));
    server.resetAll();
    assertThat(
        translateFailure(
                json(
                    403,
                    googleError(
                        403, "Daily Limit Exceeded", "dailyLimitExceeded", "PERMISSION_DENIED")))
            .errorClass(),
        is(ErrorClass.QUOTA));
  }

  @Test
  void aDisabledApiIsAnAuthFailure() {
    TranslationException e =
        translateFailure(
            json(
                403,
                "{\"error\":{\"code\":403,\"message\":\"Cloud Translation API has not been used in"
                    + " project 123 before or it is disabled.\",\"status\":"
                    + "\"PERMISSION_DENIED\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
                    + "\"reason\":\"SERVICE_DISABLED\"}]}}"));
    assertThat(e.errorClass(), is(ErrorClass.AUTH));
    assertThat(e.getMessage(), containsString("SERVICE_DISABLED"));
  }

  @Test
  void resourceExhaustedIsTransientUnlessItIsADailyQuota() {
    assertThat(
        translateFailure(
                json(
                    429,
                    "{\"error\":{\"code\":429,\"message\":\"Quota exceeded for quota metric 'v2"
                        + " characters' and limit 'characters per minute per"
                        + " project'.\",\"status\":\"RESOURCE_EXHAUSTED\"}}"))
            .errorClass(),
        is(ErrorClass.TRANSIENT));
    server.resetAll();
    assertThat(
        translateFailure(
                json(
                    429,
                    "{\"error\":{\"code\":429,\"message\":\"Quota exceeded for quota metric 'v2"
                        + " characters' and limit 'characters per day per project'.\",\"status\":"
                        + "\"RESOURCE_EXHAUSTED\"}}"))
            .errorClass(),
        is(ErrorClass.QUOTA));
  }

  @Test
  void tooManySegmentsOrBytesIsPermanent() {
    TranslationException e =
        translateFailure(
            json(400, googleError(400, "Too many text segments", "invalid", "INVALID_ARGUMENT")));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
  }

  @Test
  void theRequestLimitsStayUnder128SegmentsAnd100Kb() {
    RequestLimits limits = translator().limits();
    assertThat(limits.maxTexts(), lessThanOrEqualTo(128));
    assertThat(limits.maxCharsPerRequest() * 3 + limits.maxTexts() * 3 + 100, lessThan(100_000));
  }

  @ParameterizedTest
  @CsvSource({
    "ko,ko",
    "KO,ko",
    "en-US,en",
    "zh,zh-CN",
    "zh-CN,zh-CN",
    "zh-TW,zh-TW",
    "zh-Hant,zh-TW",
    "he,he"
  })
  void languageCodesAreGoogles(String bcp47, String google) {
    assertThat(GoogleTranslator.googleCode(bcp47), is(google));
  }

  @Test
  void checkReadyListsLanguagesWithTheKeyInTheHeader() throws ProviderSetupException {
    server.stubFor(
        get(urlEqualTo("/language/translate/v2/languages"))
            .withHeader("X-Goog-Api-Key", equalTo(SECRET))
            .willReturn(
                json(
                    200,
                    "{\"data\":{\"languages\":[{\"language\":\"en\"},{\"language\":\"ko\"}]}}")));
    translator().checkReady();
  }

  @Test
  void checkReadyNamesAnUnsupportedLanguage() {
    server.stubFor(
        get(urlEqualTo("/language/translate/v2/languages"))
            .willReturn(
                json(
                    200,
                    "{\"data\":{\"languages\":[{\"language\":\"en\"},{\"language\":\"de\"}]}}")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), allOf(containsString("'ko'"), containsString("en, de")));
  }

  @Test
  void checkReadyExplainsABadKeyWithoutShowingIt() {
    server.stubFor(
        get(urlPathEqualTo("/language/translate/v2/languages"))
            .willReturn(
                json(
                    400,
                    googleError(
                        400,
                        "API key not valid. Please pass a valid API key.",
                        "badRequest",
                        "INVALID_ARGUMENT"))));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(
        e.getMessage(),
        allOf(
            containsString("GOOGLE_API_KEY"),
            containsString("API key not valid"),
            not(containsString(SECRET))));
  }
}
