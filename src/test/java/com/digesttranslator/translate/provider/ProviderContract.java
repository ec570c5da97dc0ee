package com.digesttranslator.translate.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.digesttranslator.translate.resilience.ResilientTranslator;
import com.digesttranslator.translate.resilience.RetryPolicy;
import com.digesttranslator.translate.resilience.TextResult;
import com.digesttranslator.translate.resilience.TranslationListener;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checklist every provider's fake server must cover (timeouts, resets, empty and malformed
 * replies, 5xx in the vendor's shape, fail-then-succeed, no secret in messages). Each {@code
 * <Provider>TranslatorTest} extends it and adds its vendor's own contract.
 */
abstract class ProviderContract {

  /** The key (or token) every test translator uses; it must never show in a message. */
  static final String SECRET = "sk-TEST-5ecret-9f8e7d6c5b4a";

  static final Duration TIMEOUT = Duration.ofSeconds(5);
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

  WireMockServer server;

  @BeforeEach
  void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  /** The translator under test, pointed at {@code baseUrl}, holding {@link #SECRET}. */
  abstract Translator translator(String baseUrl, Duration timeout);

  /** The path translation requests are posted to. */
  abstract String translatePath();

  /** A successful reply carrying {@code translations}, in the vendor's shape. */
  abstract String successBody(List<String> translations);

  /** A 5xx reply body as the vendor (or its gateway) sends it. */
  abstract String serverErrorBody(int status);

  /** The secret as the server received it, when it is not {@link #SECRET} itself. */
  String sentSecret() {
    return SECRET;
  }

  /** A rejection whose body quotes the secret back, as some servers do with what they were sent. */
  abstract ResponseDefinitionBuilder rejectionQuotingSecret();

  Translator translator() {
    return translator(server.baseUrl(), TIMEOUT);
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  void replyToTranslate(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlPathEqualTo(translatePath())).willReturn(response));
  }

  static TranslationException failure(Executable call) {
    return assertThrows(TranslationException.class, call);
  }

  TranslationException translateFailure(ResponseDefinitionBuilder response) {
    replyToTranslate(response);
    return failure(() -> translator().translate(List.of("Hello world.")));
  }

  void assertTransient(ResponseDefinitionBuilder response) {
    assertThat(translateFailure(response).errorClass(), is(ErrorClass.TRANSIENT));
  }

  @Test
  void latencyBeyondTheReadTimeoutIsTransient() {
    replyToTranslate(json(200, successBody(List.of("Hallo"))).withFixedDelay(2000));
    TranslationException e =
        failure(
            () -> translator(server.baseUrl(), SHORT_TIMEOUT).translate(List.of("Hello world.")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
  }

  @Test
  void anAcceptedConnectionThatNeverAnswersIsTransient() throws IOException {
    try (ServerSocket silent = new ServerSocket(0)) {
      TranslationException e =
          failure(
              () ->
                  translator("http://localhost:" + silent.getLocalPort(), SHORT_TIMEOUT)
                      .translate(List.of("Hello world.")));
      assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    }
  }

  @Test
  void anUnreachableEndpointIsTransient() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    TranslationException e =
        failure(
            () ->
                translator("http://localhost:" + port, TIMEOUT).translate(List.of("Hello world.")));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
  }

  @Test
  void aConnectionResetIsTransient() {
    assertTransient(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
  }

  @Test
  void aResetInTheMiddleOfTheBodyIsTransient() {
    assertTransient(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
  }

  @Test
  void aCloseWithNoBytesIsTransient() {
    assertTransient(aResponse().withFault(Fault.EMPTY_RESPONSE));
  }

  @Test
  void truncatedJsonIsTransient() {
    String body = successBody(List.of("Hallo"));
    assertTransient(json(200, body.substring(0, body.length() / 2)));
  }

  @Test
  void malformedJsonIsTransient() {
    assertTransient(json(200, "{\"translations\": [,]}"));
  }

  @Test
  void anHtmlBodyIsTransient() {
    assertTransient(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
  }

  @Test
  void anEmptyBodyIsTransient() {
    assertTransient(json(200, ""));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrorsInTheVendorShapeAreTransient(int status) {
    TranslationException e = translateFailure(json(status, serverErrorBody(status)));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(status));
  }

  @Test
  void anHtmlErrorPageFromAProxyIsTransient() {
    TranslationException e =
        translateFailure(
            aResponse()
                .withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>Bad Gateway</body></html>"));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), containsString("Bad Gateway"));
  }

  @Test
  void failingTwiceThenSucceedingIsRetriedToSuccess() {
    String scenario = "flaky";
    server.stubFor(
        post(urlPathEqualTo(translatePath()))
            .inScenario(scenario)
            .whenScenarioStateIs(STARTED)
            .willReturn(json(503, serverErrorBody(503)))
            .willSetStateTo("failed once"));
    server.stubFor(
        post(urlPathEqualTo(translatePath()))
            .inScenario(scenario)
            .whenScenarioStateIs("failed once")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("failed twice"));
    server.stubFor(
        post(urlPathEqualTo(translatePath()))
            .inScenario(scenario)
            .whenScenarioStateIs("failed twice")
            .willReturn(json(200, successBody(List.of("Hallo Welt.")))));
    ResilientTranslator resilient =
        new ResilientTranslator(
            translator(),
            RetryPolicy.withMaxAttempts(4),
            CircuitBreaker.forRun(UUID.randomUUID().toString()),
            new QualityGate(),
            d -> {},
            new Random(1),
            TranslationListener.NONE);

    List<TextResult> results = resilient.translateAll(List.of("Hello world."));

    assertThat(results.get(0).translation(), is("Hallo Welt."));
    assertThat(results.get(0).attempts(), is(3));
    server.verify(3, postRequestedFor(urlPathEqualTo(translatePath())));
  }

  @Test
  void theSecretNeverShowsInAFailureMessage() {
    server.stubFor(any(anyUrl()).willReturn(rejectionQuotingSecret()));
    TranslationException e = failure(() -> translator().translate(List.of("Hello world.")));
    assertThat(e.getMessage(), not(containsString(SECRET)));
    assertThat(e.getMessage(), containsString("[redacted]"));
  }

  /**
   * Messages are shortened: a cut through an echoed secret would leave its start, which masking the
   * whole secret no longer finds. The paddings put a cut inside the secret at every length messages
   * are cut to (a body snippet, the server's message).
   */
  @Test
  void noPartOfTheSecretShowsWhenAnEchoOfItIsCut() {
    for (int padding = 170; padding <= 310; padding += 7) {
      String echo =
          "x ".repeat(padding / 2) + "x".repeat(padding % 2) + sentSecret() + " was refused";
      String field = "\"" + echo + "\"";
      server.stubFor(
          any(anyUrl())
              .willReturn(
                  json(
                      400,
                      "{\"error\": {\"message\": "
                          + field
                          + "},"
                          + " \"message\": "
                          + field
                          + ", \"errorMessage\": "
                          + field
                          + "}")));
      String jsonMessage =
          failure(() -> translator().translate(List.of("Hello world."))).getMessage();
      server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody(echo)));
      String textMessage =
          failure(() -> translator().translate(List.of("Hello world."))).getMessage();

      assertThat(jsonMessage, not(containsString(SECRET.substring(0, 5))));
      assertThat(textMessage, not(containsString(SECRET.substring(0, 5))));
    }
  }

  @Test
  void theSecretNeverShowsInASetUpMessage() {
    server.stubFor(any(anyUrl()).willReturn(rejectionQuotingSecret()));
    ProviderSetupException e =
        assertThrows(ProviderSetupException.class, () -> translator().checkReady());
    assertThat(e.getMessage(), not(containsString(SECRET)));
  }

  @Test
  void anUnreachableEndpointFailsTheSetUpCheckWithAHint() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    ProviderSetupException e =
        assertThrows(
            ProviderSetupException.class,
            () -> translator("http://localhost:" + port, TIMEOUT).checkReady());
    assertThat(e.getMessage(), containsString("localhost:" + port));
  }

  @Test
  void aGoodReplyIsReturnedInOrder() throws TranslationException {
    replyToTranslate(json(200, successBody(List.of("Hallo Welt."))));
    assertThat(translator().translate(List.of("Hello world.")), contains("Hallo Welt."));
  }
}
