package com.digesttranslator.translate.provider.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.testing.RawHttpServer;
import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.google.api.client.http.ByteArrayContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpCallerTest {

  private static WireMockServer server;
  private final HttpCaller http = new HttpCaller(Duration.ofSeconds(10));

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @Test
  void getReturnsStatusUtf8BodyAndLowerCaseHeaders() throws Exception {
    server.stubFor(
        get(urlEqualTo("/listPairs"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-RateLimit-Remaining", "41")
                    .withBody("{\"text\": \"한국어 Café 😀\"}".getBytes(StandardCharsets.UTF_8))));

    HttpReply reply = http.get(server.baseUrl() + "/listPairs", Map.of());

    assertThat(reply.status(), is(200));
    assertThat(reply.isSuccess(), is(true));
    assertThat(reply.body(), is("{\"text\": \"한국어 Café 😀\"}"));
    assertThat(reply.headers().get("x-ratelimit-remaining"), is("41"));
    assertThat(reply.header("X-RATELIMIT-REMAINING"), is("41"));
  }

  @Test
  void postSendsTheContentAndTheGivenHeaders() throws Exception {
    server.stubFor(
        post(urlEqualTo("/v2/translate")).willReturn(aResponse().withStatus(200).withBody("ok")));

    HttpReply reply =
        http.post(
            server.baseUrl() + "/v2/translate",
            new ByteArrayContent(
                "application/json", "{\"q\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
            Map.of("Authorization", "DeepL-Auth-Key abc:fx"));

    assertThat(reply.body(), is("ok"));
    server.verify(
        1,
        postRequestedFor(urlEqualTo("/v2/translate"))
            .withHeader("Authorization", equalTo("DeepL-Auth-Key abc:fx"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalTo("{\"q\":\"x\"}")));
  }

  /**
   * The JDK transport lost this body (401 to a streamed POST), and with it the provider's reason.
   */
  @ParameterizedTest
  @ValueSource(ints = {401, 403, 429})
  void errorBodiesOfPostsArriveWhole(int status) throws Exception {
    server.stubFor(
        post(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withBody("{\"error\": {\"code\": \"invalid_api_key\"}}")));

    HttpReply reply =
        http.post(
            server.baseUrl() + "/v1/chat/completions",
            new ByteArrayContent("application/json", "{}".getBytes(StandardCharsets.UTF_8)),
            Map.of());

    assertThat(reply.status(), is(status));
    assertThat(reply.body(), is("{\"error\": {\"code\": \"invalid_api_key\"}}"));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 429, 500, 503})
  void errorStatusesComeBackAsRepliesNotExceptions(int status) throws Exception {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Retry-After", "3")
                    .withBody("{\"error\": \"e" + status + "\"}")));

    HttpReply reply = http.get(server.baseUrl() + "/x", Map.of());

    assertThat(reply.status(), is(status));
    assertThat(reply.isSuccess(), is(false));
    assertThat(reply.body(), is("{\"error\": \"e" + status + "\"}"));
    assertThat(reply.retryAfter(), is(Duration.ofSeconds(3)));
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void noContentHasAnEmptyBody() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    HttpReply reply = http.get(server.baseUrl() + "/x", Map.of());
    assertThat(reply.status(), is(204));
    assertThat(reply.body(), is(""));
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void brokenConnectionsAreTransientNetworkErrorsAfterOneRequest(Fault fault) {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

    TranslationException e =
        assertThrows(
            TranslationException.class,
            () ->
                http.post(
                    server.baseUrl() + "/translate?key=SECRET-KEY-123",
                    new ByteArrayContent("text/plain", "q".getBytes(StandardCharsets.UTF_8)),
                    Map.of()));

    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(0));
    assertThat(
        e.getMessage(),
        allOf(startsWith("network error: "), not(containsString("SECRET-KEY-123"))));
    assertThat(server.findAll(postRequestedFor(anyUrl())), hasSize(1));
  }

  @Test
  void readTimeoutIsATransientNetworkError() {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withBody("late").withFixedDelay(3_000)));
    HttpCaller impatient = new HttpCaller(Duration.ofMillis(250));

    TranslationException e =
        assertThrows(
            TranslationException.class, () -> impatient.get(server.baseUrl() + "/slow", Map.of()));

    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    // The read timeout and the request's deadline are the same here: either may fire first.
    assertThat(
        e.getMessage(),
        anyOf(
            containsString("SocketTimeoutException"),
            is("network error: no complete reply within 250 ms")));
  }

  @Test
  void refusedConnectionIsATransientNetworkError() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    TranslationException e =
        assertThrows(
            TranslationException.class,
            () -> http.get("http://127.0.0.1:" + port + "/listPairs?key=SECRET-KEY-123", Map.of()));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(0));
    assertThat(
        e.getMessage(),
        allOf(startsWith("network error: "), not(containsString("SECRET-KEY-123"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://exa mple.org/?key=SECRET-KEY-123",
        "not a url ?key=SECRET-KEY-123",
        "http://127.0.0.1:99999/?key=SECRET-KEY-123"
      })
  void badUrlsAreErrorsThatDoNotEchoTheUrl(String url) {
    TranslationException e =
        assertThrows(TranslationException.class, () -> http.get(url, Map.of()));
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.getMessage(), not(containsString("SECRET-KEY-123")));
  }

  @Test
  void hugeTimeoutsAreClampedNotOverflowed() throws IOException, TranslationException {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
    HttpCaller patient = new HttpCaller(Duration.ofDays(365));
    assertThat(patient.get(server.baseUrl() + "/x", Map.of()).body(), is("ok"));
  }

  @Test
  void aBodyTrickledByteByByteFailsAtTheRequestDeadline() throws Exception {
    byte[] body = "x".repeat(60).getBytes(StandardCharsets.US_ASCII);
    try (RawHttpServer trickle =
        new RawHttpServer(
            out -> {
              out.write(
                  "HTTP/1.1 200 OK\r\nContent-Length: 60\r\n\r\n"
                      .getBytes(StandardCharsets.US_ASCII));
              trickle(out, body);
            })) {
      TranslationException e =
          assertThrows(
              TranslationException.class,
              () -> new HttpCaller(Duration.ofSeconds(1)).get(trickle.baseUrl() + "/x", Map.of()));

      assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
      assertThat(e.getMessage(), is("network error: no complete reply within 1 s"));
    }
  }

  @Test
  void headersTrickledByteByByteFailAtTheRequestDeadline() throws Exception {
    byte[] head =
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Pad: 0123456789\r\n\r\nok"
            .getBytes(StandardCharsets.US_ASCII);
    try (RawHttpServer trickle = new RawHttpServer(out -> trickle(out, head))) {
      TranslationException e =
          assertThrows(
              TranslationException.class,
              () ->
                  new HttpCaller(Duration.ofMillis(1500)).get(trickle.baseUrl() + "/x", Map.of()));

      assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
      assertThat(e.getMessage(), is("network error: no complete reply within 1500 ms"));
    }
  }

  /** Each byte comes well within the read timeout, the whole well beyond the request's. */
  private static void trickle(OutputStream out, byte[] bytes)
      throws IOException, InterruptedException {
    for (byte b : bytes) {
      out.write(b);
      out.flush();
      Thread.sleep(100);
    }
  }

  @Test
  void aBodyBeyondTheCapIsRefusedAsTransient() throws Exception {
    int cap = 1 << 20;
    try (RawHttpServer endless =
        new RawHttpServer(
            out -> {
              out.write(
                  "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"
                      .getBytes(StandardCharsets.US_ASCII));
              byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
              for (int i = 0; i < 1024; i++) { // 64 MiB, unless the client hangs up first
                out.write(chunk);
              }
            })) {
      TranslationException e =
          assertThrows(
              TranslationException.class,
              () ->
                  new HttpCaller(Duration.ofSeconds(30), cap)
                      .get(endless.baseUrl() + "/x", Map.of()));

      assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
      assertThat(e.getMessage(), is("reply larger than 1048576 bytes: not read further"));
    }
  }

  @Test
  void aGzipBombIsCappedAfterDecompression() throws Exception {
    int cap = 1 << 20;
    byte[] bomb = gzip(new byte[64 << 20]);
    try (RawHttpServer server =
        new RawHttpServer(
            out -> {
              out.write(
                  ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                          + "Content-Length: "
                          + bomb.length
                          + "\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
              out.write(bomb);
            })) {
      TranslationException e =
          assertThrows(
              TranslationException.class,
              () ->
                  new HttpCaller(Duration.ofSeconds(30), cap)
                      .get(server.baseUrl() + "/x", Map.of()));

      assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
      assertThat(e.getMessage(), containsString("reply larger than 1048576 bytes"));
    }
  }

  @Test
  void aBodyOfExactlyTheCapIsRead() throws Exception {
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("x".repeat(1000))));
    HttpReply reply =
        new HttpCaller(Duration.ofSeconds(10), 1000).get(server.baseUrl() + "/x", Map.of());
    assertThat(reply.body(), is("x".repeat(1000)));
  }

  @Test
  void theDeadlineOfOneRequestDoesNotOutliveIt() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
    HttpCaller quick = new HttpCaller(Duration.ofMillis(300));
    for (int i = 0; i < 3; i++) {
      assertThat(quick.get(server.baseUrl() + "/x", Map.of()).body(), is("ok"));
      Thread.sleep(200);
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(bytes);
    }
    return compressed.toByteArray();
  }
}
