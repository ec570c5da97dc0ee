package com.digesttranslator.translate.provider.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpErrorsTest {

  @ParameterizedTest
  @CsvSource({
    "408, TRANSIENT",
    "429, TRANSIENT",
    "500, TRANSIENT",
    "502, TRANSIENT",
    "503, TRANSIENT",
    "504, TRANSIENT",
    "529, TRANSIENT",
    "599, TRANSIENT",
    "401, AUTH",
    "403, AUTH",
    "400, PERMANENT",
    "404, PERMANENT",
    "405, PERMANENT",
    "413, PERMANENT",
    "422, PERMANENT",
    "456, PERMANENT"
  })
  void statusesHaveTheirDefaultClass(int status, ErrorClass expected) {
    assertThat(HttpErrors.classify(status), is(expected));
  }

  @Test
  void failureCarriesStatusMessageAndRetryAfter() {
    HttpReply reply = new HttpReply(503, "{}", Map.of("retry-after", "12"));
    TranslationException e = HttpErrors.of(reply, ErrorClass.TRANSIENT, "internal error");
    assertThat(e.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(e.httpStatus(), is(503));
    assertThat(e.getMessage(), is("HTTP 503: internal error"));
    assertThat(e.retryAfter(), is(Optional.of(Duration.ofSeconds(12))));
  }

  @Test
  void failureWithoutOrWithUnreadableRetryAfterHasNone() {
    assertThat(
        HttpErrors.of(new HttpReply(429, "", Map.of()), ErrorClass.TRANSIENT, "x").retryAfter(),
        is(Optional.empty()));
    assertThat(
        HttpErrors.of(
                new HttpReply(429, "", Map.of("retry-after", "later")), ErrorClass.TRANSIENT, "x")
            .retryAfter(),
        is(Optional.empty()));
  }
}
