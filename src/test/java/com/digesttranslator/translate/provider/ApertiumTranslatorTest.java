package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.RetryPolicy;
import com.digesttranslator.translate.resilience.TextResult;
import com.digesttranslator.translate.resilience.TranslationListener;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Apertium APY replayed by WireMock, in the shapes observed on a real APY 0.11.7. */
class ApertiumTranslatorTest {

  private static final LanguagePair EN_ES = new LanguagePair("en", "es");
  private static final String JSON = "application/json; charset=UTF-8";
  private static final String TEXT = "Hello world. The dog is big.";

  private static WireMockServer apy;

  @BeforeAll
  static void startFakeApy() {
    apy = new WireMockServer(options().dynamicPort());
    apy.start();
  }

  @AfterAll
  static void stopFakeApy() {
    apy.stop();
  }

  @BeforeEach
  void reset() {
    apy.resetAll();
  }

  private static ApertiumTranslator translator(LanguagePair pair, Duration timeout) {
    return new ApertiumTranslator(apy.baseUrl(), pair, new HttpCaller(timeout));
  }

  private static ApertiumTranslator translator() {
    return translator(EN_ES, Duration.ofSeconds(10));
  }

  private static String envelope(String translatedText) {
    return "{\"responseData\": {\"translatedText\": "
        + translatedText
        + "}, \"responseDetails\": null, "
        + "\"responseStatus\": 200}";
  }

  private static String apyError(int code, String message, String explanation) {
    return "{\"status\": \"error\", \"code\": "
        + code
        + ", \"message\": \""
        + message
        + "\", \"explanation\": \""
        + explanation
        + "\"}";
  }

  private static void translateReplies(ResponseDefinitionBuilder response) {
    apy.stubFor(post(urlEqualTo("/translate")).willReturn(response));
  }

  private static TranslationException failure(ApertiumTranslator translator) {
    return assertThrows(TranslationException.class, () -> translator.translate(List.of(TEXT)));
  }

  private static List<LoggedRequest> translateRequests() {
    return apy.findAll(postRequestedFor(urlPathEqualTo("/translate")));
  }

  // ---------------------------------------------------------------- the request

  @Test
  void sendsOneFormEncodedPostWithLangpairTextAndMarkUnknownNo() throws Exception {
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withHeader("ETag", "\"abc\"")
            .withBody(envelope("\"Hola Mundo. El perro es grande.\"")));

    List<String> out = translator().translate(List.of(TEXT));

    assertThat(out, contains("Hola Mundo. El perro es grande."));
    List<LoggedRequest> requests = translateRequests();
    assertThat(requests, hasSize(1));
    LoggedRequest request = requests.get(0);
    assertThat(request.getMethod().getName(), is("POST"));
    assertThat(request.getUrl(), is("/translate"));
    assertThat(request.getHeader("Content-Type"), startsWith("application/x-www-form-urlencoded"));
    String body = request.getBodyAsString();
    assertThat(body, containsString("langpair=eng%7Cspa"));
    assertThat(formFields(body), contains("langpair=eng|spa", "q=" + TEXT, "markUnknown=no"));
    apy.verify(
        1,
        postRequestedFor(urlEqualTo("/translate"))
            .withFormParam("langpair", equalTo("eng|spa"))
            .withFormParam("q", equalTo(TEXT))
            .withFormParam("markUnknown", equalTo("no")));
  }

  private static List<String> formFields(String body) {
    return Arrays.stream(body.split("&"))
        .map(field -> URLDecoder.decode(field, StandardCharsets.UTF_8))
        .collect(Collectors.toList());
  }

  @Test
  void textWithNewlinesAmpersandsAndUnicodeIsSentIntact() throws Exception {
    String text = "Line one & <b>two</b> = 100%?\nCafé ☕ 한국어 😀 a+b|c";
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withBody(envelope("\"Hola.\"")));

    translator().translate(List.of(text));

    assertThat(
        formFields(translateRequests().get(0).getBodyAsString()),
        contains("langpair=eng|spa", "q=" + text, "markUnknown=no"));
  }

  @Test
  void oneRequestPerTextInOrder() throws Exception {
    apy.stubFor(
        post(urlEqualTo("/translate"))
            .withFormParam("q", equalTo("One."))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", JSON)
                    .withBody(envelope("\"Uno.\""))));
    apy.stubFor(
        post(urlEqualTo("/translate"))
            .withFormParam("q", equalTo("Two."))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", JSON)
                    .withBody(envelope("\"Dos.\""))));

    assertThat(translator().translate(List.of("One.", "Two.")), contains("Uno.", "Dos."));
    assertThat(translateRequests(), hasSize(2));
  }

  @Test
  void languageCodesAreMappedToIso6393() throws Exception {
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withBody(envelope("\"Hola.\"")));
    translator(new LanguagePair("en", "ca"), Duration.ofSeconds(10)).translate(List.of("Hi."));
    translator(new LanguagePair("es", "en"), Duration.ofSeconds(10)).translate(List.of("Hola."));
    assertThat(
        translateRequests().stream()
            .map(r -> formFields(r.getBodyAsString()).get(0))
            .collect(Collectors.toList()),
        contains("langpair=eng|cat", "langpair=spa|eng"));
  }

  @Test
  void endpointWithTrailingSlashesIsAccepted() throws Exception {
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withBody(envelope("\"Hola.\"")));
    new ApertiumTranslator(apy.baseUrl() + "//", EN_ES, new HttpCaller(Duration.ofSeconds(10)))
        .translate(List.of("Hi."));
    assertThat(translateRequests().get(0).getUrl(), is("/translate"));
  }

  @Test
  void limitsAreOneTextOfAtMostAThousandCharacters() {
    RequestLimits limits = translator().limits();
    assertThat(limits.maxTexts(), is(1));
    assertThat(limits.maxCharsPerText(), is(1000));
    assertThat(limits.maxCharsPerRequest(), is(1000));
  }

  // ---------------------------------------------------------------- successful replies

  @Test
  void leadingSpaceAndEscapedSlashesOfTheReplyAreHandled() throws Exception {
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withBody(envelope("\" Est\\u00e1 lloviendo <b>mucho<\\/b> \\ud83d\\ude00\\n\"")));
    assertThat(
        translator().translate(List.of("It's raining <b>a lot</b> 😀")),
        contains("Está lloviendo <b>mucho</b> 😀"));
  }

  @Test
  void utf8ReplyWithoutCharsetIsReadAsUtf8() throws Exception {
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(envelope("\"Café, niño, 한국어\"").getBytes(StandardCharsets.UTF_8)));
    assertThat(translator().translate(List.of("x")), contains("Café, niño, 한국어"));
  }

  // ---------------------------------------------------------------- error replies

  @ParameterizedTest
  @ValueSource(
      strings = {
        "That pair is not installed",
        "That pair is invalid, use e.g. eng|spa",
        "Missing argument q"
      })
  void badRequestWithExplanationIsPermanent(String explanation) {
    translateReplies(
        aResponse()
            .withStatus(400)
            .withHeader("Content-Type", JSON)
            .withBody(apyError(400, "Bad Request", explanation)));
    TranslationException e = failure(translator());
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.httpStatus(), is(400));
    assertThat(e.getMessage(), is("HTTP 400: " + explanation));
  }

  @Test
  void notFoundWithAnHtmlBodyIsPermanentAndSaysWhatIsWrong() {
    translateReplies(
        aResponse()
            .withStatus(404)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><title>404: Not Found</title><body>404: Not Found</body></html>"));
    TranslationException e = failure(translator());
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.httpStatus(), is(404));
    assertThat(e.getMessage(), allOf(startsWith("HTTP 404: "), containsString("Apertium APY")));
  }

  @Test
  void methodNotAllowedIsPermanent() {
    translateReplies(
        aResponse()
            .withStatus(405)
            .withHeader("Content-Type", JSON)
            .withBody(
                "{\"status\": \"error\", \"code\": 405, \"message\": \"Method Not Allowed\"}"));
    TranslationException e = failure(translator());
    assertThat(e.errorClass(), is(ErrorClass.PERMANENT));
    assertThat(e.getMessage(), is("HTTP 405: Method Not Allowed"));
  }

  @Test
  void serviceUnavailableIsTransient() {
    translateReplies(
        aResponse()
            .withStatus(503)
            .withHeader("Content-Type", JSON)
            .withBody(apyError(503, "Service Unavailable", "internal error")));
    TranslationException e = failure(translator());
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(503));
    assertThat(e.getMessage(), is("HTTP 503: internal error"));
    assertThat(e.retryAfter(), is(Optional.empty()));
  }

  @Test
  void retryAfterOfAnErrorReplyIsPassedOn() {
    translateReplies(
        aResponse()
            .withStatus(503)
            .withHeader("Retry-After", "7")
            .withHeader("Content-Type", JSON)
            .withBody(apyError(503, "Service Unavailable", "internal error")));
    assertThat(failure(translator()).retryAfter(), is(Optional.of(Duration.ofSeconds(7))));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void gatewayErrorsWithHtmlBodiesAreTransientWithASnippet(int status) {
    translateReplies(
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "text/html")
            .withBody(
                "<html>\n<body>\n<h1>"
                    + status
                    + " Bad Gateway</h1>\n"
                    + "x".repeat(1000)
                    + "</body></html>"));
    TranslationException e = failure(translator());
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(status));
    assertThat(
        e.getMessage(),
        allOf(containsString("<h1>" + status + " Bad Gateway</h1>"), not(containsString("\n"))));
    assertThat(e.getMessage().length() < 300, is(true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{\"responseData\": {\"translatedText\": \"Hola Mun",
        "<html><body>Welcome to nginx!</body></html>",
        "{\"responseData\": null, \"responseDetails\": null, \"responseStatus\": 200}",
        "{\"responseData\": {\"translatedText\": null}}",
        "{\"responseData\": {\"translatedText\": 42}}",
        "{\"responseData\": {}}",
        "[]",
        "null",
        "\"Hola\""
      })
  void malformedEmptyOrHtmlSuccessBodiesAreTransient(String body) {
    translateReplies(aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body));
    TranslationException e = failure(translator());
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(200));
    assertThat(e.getMessage(), containsString("malformed reply"));
  }

  // ---------------------------------------------------------------- network faults

  @ParameterizedTest
  @EnumSource(Fault.class)
  void networkFaultsAreTransientAndSentOnlyOnce(Fault fault) {
    translateReplies(aResponse().withFault(fault));
    TranslationException e = failure(translator());
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(
        e.getMessage(),
        allOf(not(containsString(apy.baseUrl())), not(containsString("localhost:"))));
    // Retrying is ResilientTranslator's job: the HTTP stack must not resend the POST by itself.
    assertThat(translateRequests(), hasSize(1));
  }

  @Test
  void connectionResetIsANetworkError() {
    translateReplies(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    TranslationException e = failure(translator());
    assertThat(e.httpStatus(), is(0));
    assertThat(e.getMessage(), startsWith("network error: "));
  }

  @Test
  void emptyResponseIsANetworkError() {
    translateReplies(aResponse().withFault(Fault.EMPTY_RESPONSE));
    TranslationException e = failure(translator());
    assertThat(e.httpStatus(), is(0));
    assertThat(e.getMessage(), startsWith("network error: "));
  }

  @Test
  void replySlowerThanTheReadTimeoutIsTransient() {
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withBody(envelope("\"Hola.\""))
            .withFixedDelay(3_000));
    TranslationException e = failure(translator(EN_ES, Duration.ofMillis(250)));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(0));
    // The read timeout and the request's deadline are the same here: either may fire first.
    assertThat(
        e.getMessage(),
        anyOf(
            containsString("SocketTimeoutException"),
            is("network error: no complete reply within 250 ms")));
  }

  @Test
  void unreachableServerIsTransient() throws Exception {
    ApertiumTranslator closed =
        new ApertiumTranslator(
            "http://127.0.0.1:" + freePort(), EN_ES, new HttpCaller(Duration.ofSeconds(5)));
    TranslationException e =
        assertThrows(TranslationException.class, () -> closed.translate(List.of(TEXT)));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(0));
  }

  // ---------------------------------------------------------------- with ResilientTranslator

  @Test
  void failTwiceThenSucceedThroughTheResilientTranslator() {
    apy.stubFor(
        post(urlEqualTo("/translate"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", JSON)
                    .withBody(apyError(503, "Service Unavailable", "internal error")))
            .willSetStateTo("reset"));
    apy.stubFor(
        post(urlEqualTo("/translate"))
            .inScenario("flaky")
            .whenScenarioStateIs("reset")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("up"));
    apy.stubFor(
        post(urlEqualTo("/translate"))
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", JSON)
                    .withBody(envelope("\"Hola Mundo. El perro es grande.\""))));
    List<Duration> sleeps = new ArrayList<>();

    TextResult r =
        new ResilientTranslator(
                translator(),
                RetryPolicy.withMaxAttempts(4),
                new CircuitBreaker(),
                new QualityGate(),
                sleeps::add,
                new Random(3),
                TranslationListener.NONE)
            .translateAll(List.of(TEXT))
            .get(0);

    assertThat(r.succeeded(), is(true));
    assertThat(r.translation(), is("Hola Mundo. El perro es grande."));
    assertThat(r.attempts(), is(3));
    assertThat(r.retries(), is(2));
    assertThat(sleeps, hasSize(2));
    assertThat(translateRequests(), hasSize(3));
  }

  @Test
  void silentlyTruncatedReplyIsRejectedByTheQualityGate() {
    String longText = "The dog is big and the cat is small. ".repeat(25).strip(); // 924 characters
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withBody(envelope("\"El perro es grande y el gato es peque\\u00f1o.\"")));

    TextResult r =
        new ResilientTranslator(
                translator(),
                RetryPolicy.withMaxAttempts(2),
                new CircuitBreaker(),
                new QualityGate(),
                d -> {},
                new Random(3),
                TranslationListener.NONE)
            .translateAll(List.of(longText))
            .get(0);

    assertThat(r.succeeded(), is(false));
    assertThat(r.errorClass(), is(ErrorClass.QUALITY));
    assertThat(r.message(), containsString("truncated"));
    assertThat(translateRequests(), hasSize(2));
  }

  @Test
  void longAbstractIsSentInPiecesUnderTheApyLimit() {
    String sentence = "Large language models are evaluated on video reasoning benchmarks. ";
    String abstractText = sentence.repeat(40).strip(); // ~2,700 characters
    translateReplies(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", JSON)
            .withTransformers("response-template")
            .withBody(
                envelope("\"ES {{formData request.body 'form' urlDecode=true}}{{form.q}}\"")));

    TextResult r =
        new ResilientTranslator(
                translator(),
                RetryPolicy.withMaxAttempts(1),
                new CircuitBreaker(),
                new QualityGate(),
                d -> {},
                new Random(3),
                TranslationListener.NONE)
            .translateAll(List.of(abstractText))
            .get(0);

    assertThat(r.succeeded(), is(true));
    List<String> sent =
        translateRequests().stream()
            .map(req -> formFields(req.getBodyAsString()).get(1).substring(2))
            .collect(Collectors.toList());
    assertThat(sent, hasSize(3));
    for (String q : sent) {
      assertThat(q.length() <= 1000, is(true));
    }
    assertThat(String.join(" ", sent), is(abstractText));
    assertThat(r.requests(), is(3));
  }

  // ---------------------------------------------------------------- checkReady

  private static final String PAIRS =
      "{\"responseData\": [{\"sourceLanguage\": \"eng\", \"targetLanguage\": \"spa\"},"
          + " {\"sourceLanguage\": \"spa\", \"targetLanguage\": \"eng_US\"}, {\"sourceLanguage\":"
          + " \"eng\", \"targetLanguage\": \"cat\"}], \"responseDetails\": null,"
          + " \"responseStatus\": 200}";

  @Test
  void readyWhenThePairIsInstalled() throws Exception {
    apy.stubFor(
        get(urlPathEqualTo("/listPairs"))
            .willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(PAIRS)));
    translator().checkReady();
    apy.verify(1, getRequestedFor(urlPathEqualTo("/listPairs")));
    assertThat(translateRequests(), hasSize(0));
  }

  @Test
  void missingPairIsReportedWithTheInstalledPairs() {
    apy.stubFor(
        get(urlPathEqualTo("/listPairs"))
            .willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(PAIRS)));
    ApertiumTranslator frenchToGerman =
        translator(new LanguagePair("fr", "de"), Duration.ofSeconds(10));

    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, frenchToGerman::checkReady);

    assertThat(
        e.getMessage(),
        allOf(
            containsString("fra|deu"),
            containsString("eng|spa"),
            containsString("spa|eng_US"),
            containsString("eng|cat"),
            containsString("Installed pairs")));
  }

  @Test
  void unreachableServerIsReportedWithHowToInstallAndStartApy() throws Exception {
    String endpoint = "http://127.0.0.1:" + freePort();
    ApertiumTranslator closed =
        new ApertiumTranslator(endpoint, EN_ES, new HttpCaller(Duration.ofSeconds(5)));

    ProviderSetupException e = assertThrows(ProviderSetupException.class, closed::checkReady);

    assertThat(
        e.getMessage(),
        allOf(
            containsString(endpoint),
            containsString("apt-get install"),
            containsString("apertium-apy"),
            containsString("--endpoint")));
  }

  @Test
  void somethingElseAtTheEndpointIsReported() {
    apy.stubFor(
        get(urlPathEqualTo("/listPairs"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>404: Not Found</body></html>")));
    ProviderSetupException e = assertThrows(ProviderSetupException.class, translator()::checkReady);
    assertThat(
        e.getMessage(),
        allOf(containsString("does not look like Apertium APY"), containsString("404")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"responseData\": null}", "[]", "<html>It works!</html>", ""})
  void listPairsWithoutAListOfPairsIsNotApy(String body) {
    apy.stubFor(
        get(urlPathEqualTo("/listPairs")).willReturn(aResponse().withStatus(200).withBody(body)));
    ProviderSetupException e = assertThrows(ProviderSetupException.class, translator()::checkReady);
    assertThat(
        e.getMessage(),
        allOf(containsString("does not look like Apertium APY"), not(containsString("Installed"))));
  }

  @Test
  void listPairsErrorIsReportedAsSuchNotAsAMissingPair() {
    apy.stubFor(
        get(urlPathEqualTo("/listPairs"))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", JSON)
                    .withBody(apyError(503, "Service Unavailable", "internal error"))));
    ProviderSetupException e = assertThrows(ProviderSetupException.class, translator()::checkReady);
    assertThat(
        e.getMessage(), allOf(containsString("503"), not(containsString("Installed pairs"))));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
