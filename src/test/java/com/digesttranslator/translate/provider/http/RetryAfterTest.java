package com.digesttranslator.translate.provider.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  /** Wed, 21 Oct 2015 07:28:00 GMT. */
  private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "120 | 120000",
        "0 | 0",
        "1 | 1000",
        "' 3 ' | 3000",
        "1.5 | 1500",
        "0.25 | 250",
        "86400 | 86400000"
      })
  void delaySecondsAreRead(String header, long millis) {
    assertThat(RetryAfter.parse(header, NOW), is(Duration.ofMillis(millis)));
  }

  @Test
  void httpDateInTheFutureIsTheTimeUntilThen() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", NOW), is(Duration.ofSeconds(30)));
    assertThat(RetryAfter.parse("Thu, 22 Oct 2015 07:28:00 GMT", NOW), is(Duration.ofDays(1)));
  }

  @Test
  void httpDateNowOrInThePastIsZero() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW), is(Duration.ZERO));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:27:59 GMT", NOW), is(Duration.ZERO));
    assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW), is(Duration.ZERO));
  }

  @Test
  void hugeDelayIsReadWithoutOverflow() {
    assertThat(
        RetryAfter.parse("99999999999999999999", NOW).compareTo(Duration.ofDays(365)),
        is(greaterThan(0)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "soon",
        "-5",
        "-0.5",
        "5 seconds",
        "12abc",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e3",
        "0x10p0",
        "5d",
        "5f",
        "+5",
        "1,5",
        "Wed, 21 Oct 2015 07:28:00",
        "2015-10-21T07:28:30Z",
        "Wed, 32 Oct 2015 07:28:00 GMT",
        "<html>busy</html>"
      })
  void garbageIsNull(String header) {
    assertThat(RetryAfter.parse(header, NOW), is(nullValue()));
  }
}
