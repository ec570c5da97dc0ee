package com.digesttranslator.translate.provider.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whoever turns on DEBUG (or java.util.logging's ALL) to diagnose a provider must never find a key
 * in the log: neither Apache HttpClient's header and wire logs nor Google HTTP Client's.
 */
class HttpLoggingTest {

  @TempDir Path dir;

  @Test
  void noHttpLoggerPrintsCredentialsEvenAtDebug() throws Exception {
    WireMockServer server = new WireMockServer(options().dynamicPort());
    server.start();
    try {
      server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
      Path julConfig = dir.resolve("logging.properties");
      Files.writeString(
          julConfig,
          "handlers=java.util.logging.ConsoleHandler\n"
              + "java.util.logging.ConsoleHandler.level=ALL\ncom.google.api.client.level=ALL\n");
      Path log = dir.resolve("probe.log");
      Process probe =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                      "-Dorg.slf4j.simpleLogger.log.org.apache.http=trace",
                      "-Dorg.slf4j.simpleLogger.log.org.apache.http.wire=trace",
                      "-Dorg.slf4j.simpleLogger.log.org.apache.http.headers=trace",
                      "-Djava.util.logging.config.file=" + julConfig,
                      "-cp",
                      System.getProperty("java.class.path"),
                      HttpLoggingProbe.class.getName(),
                      server.baseUrl()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertThat(probe.waitFor(120, TimeUnit.SECONDS), is(true));
      String output = Files.readString(log, StandardCharsets.UTF_8);

      assertThat(output, probe.exitValue(), is(0));
      assertThat(output, containsString("probe done"));
      // Debug logging of the HTTP client is on: what it logs reaches the output.
      assertThat(output, containsString("DEBUG PoolingHttpClientConnectionManager"));
      assertThat(output, not(containsString(HttpLoggingProbe.BEARER_KEY)));
      assertThat(output, not(containsString(HttpLoggingProbe.GOOG_KEY)));
    } finally {
      server.stop();
    }
  }
}
