package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PapagoTranslatorTest extends ProviderContract {

  private static final String PATH = "/nmt/v1/translation";
  private static final String CLIENT_ID = "papago-client-id";

  static ApiKey credentials(String value) {
    return ApiKey.resolve("PAPAGO_CREDENTIALS", null, name -> value).orElseThrow();
  }

  private Translator translator(LanguagePair pair) {
    return new PapagoTranslator(
        server.baseUrl(), pair, credentials(CLIENT_ID + ":" + SECRET), new HttpCaller(TIMEOUT));
  }

  @Override
  Translator translator(String baseUrl, Duration timeout) {
    return new PapagoTranslator(
        baseUrl,
        new LanguagePair("en", "ko"),
        credentials(CLIENT_ID + ":" + SECRET),
        new HttpCaller(timeout));
  }

  @Override
  String translatePath() {
    return PATH;
  }

  @Override
  String successBody(List<String> translations) {
    return "{\"message\":{\"@type\":\"response\",\"@service\":\"naverservice.nmt.proxy\",\"@version\":\"1.0.0\","
               + "\"result\":{\"srcLangType\":\"en\",\"tarLangType\":\"ko\",\"translatedText\":\""
        + translations.get(0)
        + "\",\"engineType\":\"N2MT\",\"pivot\":null,\"dict\":null,\"tarDict\":null,\"modelVer\":\"Unknown\"}}}";
  }

  @Override
  String serverErrorBody(int status) {
    return switch (status) {
      case 500 -> "{\"errorCode\":\"N2MT99\",\"errorMessage\":\"Internal server errors\"}";
      case 503 -> gatewayError("500", "Endpoint Error");
      case 504 -> gatewayError("510", "Endpoint Timeout");
      default -> gatewayError("900", "Unexpected Error");
    };
  }

  @Override
  ResponseDefinitionBuilder rejectionQuotingSecret() {
    return json(403, gatewayError("210", "Permission Denied for key " + CLIENT_ID + ":" + SECRET));
  }

  static String gatewayError(String code, String message) {
    return "{\"error\":{\"errorCode\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  }

  @Test
  void postsAFormWithTheGatewayKeyHeaders() throws TranslationException {
    replyToTranslate(json(200, successBody(List.of("안녕하세요, 세계!"))));

    assertThat(translator().translate(List.of("Hello, world!")), contains("안녕하세요, 세계!"));

    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("X-NCP-APIGW-API-KEY-ID", equalTo(CLIENT_ID))
            .withHeader("X-NCP-APIGW-API-KEY", equalTo(SECRET))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withFormParam("source", equalTo("en"))
            .withFormParam("target", equalTo("ko"))
            .withFormParam("text", equalTo("Hello, world!")));
  }

  @Test
  void eachTextIsItsOwnRequest() throws TranslationException {
    server.stubFor(
        post(urlEqualTo(PATH))
            .withFormParam("text", equalTo("One."))
            .willReturn(json(200, successBody(List.of("하나.")))));
    server.stubFor(
        post(urlEqualTo(PATH))
            .withFormParam("text", equalTo("Two."))
            .willReturn(json(200, successBody(List.of("둘.")))));

    assertThat(translator().translate(List.of("One.", "Two.")), contains("하나.", "둘."));
    assertThat(translator().limits(), is(new RequestLimits(1, 5000, 5000)));
  }

  @Test
  void aReplyWithoutTheTranslationIsTransient() {
    replyToTranslate(json(200, "{\"message\":{\"result\":{\"srcLangType\":\"en\"}}}"));
    assertThat(
        failure(() -> translator().translate(List.of("Hello"))).errorClass(),
        is(ErrorClass.TRANSIENT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"errorCode":"N2MT05","errorMessage":"source and target must be different"} | N2MT05
          {"error":{"errorCode":"N2MT05","message":"source and target must be different"}} | N2MT05
          {"errorCode":"N2MT06","errorMessage":"there is no source-target translator"} | N2MT06
          {"error":{"errorCode":"N2MT08","message":"text parameter exceeds max length"}} | N2MT08
          {"error":{"errorCode":"100","message":"Bad Request Exception"}} | 100
          """)
  void serviceErrorsInEitherShapeArePermanentAndKeepTheirCode(String body, String code) {
    TranslationException e = translateFailure(json(400, body));
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.getMessage(), containsString(code + ": "));
  }

  @Test
  void gatewayAuthenticationFailureIsAnAuthFailure() {
    // Classified by status alone: the JDK drops the body of a 401 to a streamed POST, code 200 and
    // all.
    TranslationException e =
        translateFailure(json(401, gatewayError("200", "Authentication Failed")));
    assertThat(e.errorClass(), is(ErrorClass.AUTH));
  }

  @Test
  void quotaIsNotRetriedButThrottlingIs() {
    assertThat(
        translateFailure(json(429, gatewayError("400", "Quota Exceeded"))).errorClass(),
        is(ErrorClass.QUOTA));
    server.resetAll();
    assertThat(
        translateFailure(json(429, gatewayError("410", "Throttle Limited"))).errorClass(),
        is(ErrorClass.TRANSIENT));
    server.resetAll();
    assertThat(
        translateFailure(json(429, gatewayError("420", "Rate Limited"))).errorClass(),
        is(ErrorClass.TRANSIENT));
  }

  @Test
  void anOversizedBodyIsPermanent() {
    assertThat(
        translateFailure(json(413, gatewayError("430", "Request Entity Too Large"))).errorClass(),
        is(ErrorClass.PERMANENT));
  }

  @Test
  void credentialsWithoutAColonAreRejectedWithoutShowingThem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PapagoTranslator(
                    server.baseUrl(),
                    new LanguagePair("en", "ko"),
                    credentials(SECRET),
                    new HttpCaller(TIMEOUT)));
    assertThat(
        e.getMessage(),
        allOf(
            containsString("PAPAGO_CREDENTIALS"),
            containsString("CLIENT_ID:CLIENT_SECRET"),
            not(containsString(SECRET))));
  }

  @ParameterizedTest
  @CsvSource({
    "ko,ko",
    "KO,ko",
    "en-US,en",
    "zh,zh-CN",
    "zh-CN,zh-CN",
    "zh-TW,zh-TW",
    "zh-Hant,zh-TW"
  })
  void languageCodesArePapagos(String bcp47, String papago) {
    assertThat(PapagoTranslator.papagoCode(bcp47), is(papago));
  }

  @Test
  void checkReadyTranslatesOneWord() throws ProviderSetupException {
    replyToTranslate(json(200, successBody(List.of("안녕하세요"))));
    translator().checkReady();
    server.verify(1, postRequestedFor(urlEqualTo(PATH)).withFormParam("text", equalTo("Hello")));
  }

  @Test
  void checkReadyRejectsAnUnsupportedLanguageWithoutARequest() {
    ProviderSetupException e =
        assertThrows(
            ProviderSetupException.class,
            () -> translator(new LanguagePair("en", "ar")).checkReady());
    assertThat(e.getMessage(), allOf(containsString("'ar'"), containsString("zh-CN")));
    server.verify(0, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void checkReadyExplainsTheCredentialFormatOnAuthFailure() {
    replyToTranslate(json(401, gatewayError("200", "Authentication Failed")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(
        e.getMessage(),
        allOf(
            containsString("environment variable PAPAGO_CREDENTIALS"),
            containsString("CLIENT_ID:CLIENT_SECRET")));
  }

  @Test
  void checkReadyExplainsAQuotaThatMayMeanTheApiIsNotEnabled() {
    replyToTranslate(json(429, gatewayError("400", "Quota Exceeded")));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), containsString("not enabled"));
  }
}
