package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FailureMarkerTest {

  @Test
  void markerNamesTheClassAndReasonAndHowToRetry() {
    String marker = FailureMarker.of("transient", "HTTP 503: internal error");
    assertThat(
        marker,
        is(
            "[Translation failed (transient): HTTP 503: internal error"
                + " -- run Digest Translator again to retry; details in failures.jsonl]"));
    assertThat(FailureMarker.isMarker(marker), is(true));
  }

  @Test
  void markerIsOneLineEvenForMultiLineReasons() {
    String marker =
        FailureMarker.of("permanent", "  HTTP 404:\n<html>\r\n<body>Not\tFound</body>\n</html>  ");
    assertThat(marker, not(containsString("\n")));
    assertThat(marker, not(containsString("\r")));
    assertThat(
        marker, containsString("(permanent): HTTP 404: <html> <body>Not Found</body> </html> --"));
  }

  @Test
  void longReasonsAreShortened() {
    String marker = FailureMarker.of("quality", "x".repeat(10_000));
    assertThat(marker.length(), is(lessThan(300)));
    assertThat(
        marker,
        allOf(containsString("x".repeat(157) + "... --"), not(containsString("x".repeat(158)))));
    assertThat(marker, endsWith("details in failures.jsonl]"));
    assertThat(FailureMarker.isMarker(marker), is(true));
  }

  @Test
  void reasonOfExactly160CharactersIsKept() {
    String marker = FailureMarker.of("quality", "y".repeat(160));
    assertThat(marker, containsString("y".repeat(160) + " --"));
  }

  @Test
  void shorteningNeverSplitsASurrogatePair() {
    String marker = FailureMarker.of("transient", "😀".repeat(100));
    for (int i = 0; i < marker.length(); i++) {
      char c = marker.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(
            "high surrogate at " + i + " is paired",
            Character.isLowSurrogate(marker.charAt(i + 1)),
            is(true));
      } else if (Character.isLowSurrogate(c)) {
        assertThat(
            "low surrogate at " + i + " is paired",
            Character.isHighSurrogate(marker.charAt(i - 1)),
            is(true));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "번역 중 오류 발생: 3번의 시도 후에도 네트워크 연결에 실패했습니다.",
        "번역 중 오류 발생: 429 Too Many Requests",
        "  번역 중 오류 발생\n",
        "\n"
            + "[Translation failed (auth): HTTP 401 -- run Digest Translator again to retry;"
            + " details in failures.jsonl]\n"
      })
  void legacyAndCurrentMarkersAreRecognised(String text) {
    assertThat(FailureMarker.isMarker(text), is(true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "비디오 질문 응답.",
        "Translation failed",
        "번역 중",
        "The text mentions [Translation failed."
      })
  void ordinaryTextIsNotAMarker(String text) {
    assertThat(FailureMarker.isMarker(text), is(false));
  }

  @Test
  void markerStartsWithThePrefix() {
    assertThat(FailureMarker.of("auth", "x"), startsWith(FailureMarker.PREFIX));
  }
}
