package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sign-off is searched for near the end of a reply only; these pin that window to the pattern's
 * own bound of 120 code points after the phrase, however long the reply and whatever its letters.
 */
class LlmChatterTest {

  private static final String SOURCE = "We study sign-offs in long replies.";

  private static Optional<String> signOff(String reply) {
    return LlmChatter.find(SOURCE, reply);
  }

  /** A reply of {@code before} characters, the phrase, then {@code after} times {@code tail}. */
  private static String reply(int before, String phrase, String tail, int after) {
    return "x".repeat(before) + " " + phrase + tail.repeat(after);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 50, 119, 120})
  void aSignOffEndingTheReplyWithin120CodePointsIsFound(int after) {
    for (String tail : new String[] {"a", "한", "\uD83D\uDE00", "\uD835\uDC00"}) {
      for (String phrase : new String[] {"I hope this helps", "Let me know if", "도움이 되셨으면"}) {
        String reply = reply(5000, phrase, tail, after);
        assertThat(
            phrase + " + " + after + " × " + tail,
            signOff(reply).map(r -> r.contains("sign-off")),
            equalTo(Optional.of(true)));
      }
    }
  }

  @Test
  void aSignOffFollowedByMoreThan120CodePointsIsNot() {
    assertThat(
        signOff(reply(5000, "I hope this helps", "\uD83D\uDE00", 121)), equalTo(Optional.empty()));
    assertThat(signOff(reply(5000, "I hope this helps", "a", 121)), equalTo(Optional.empty()));
  }

  @Test
  void aSignOffBeforeTheLastLineIsNot() {
    assertThat(signOff(reply(5000, "Let me know if", "a\n", 3)), equalTo(Optional.empty()));
  }

  @Test
  void aSignOffBeforeAFinalLineBreakIsFound() {
    assertThat(
        signOff(reply(5000, "I hope this helps", "a", 120) + "\u0085").orElseThrow(),
        containsString("sign-off"));
  }

  @Test
  void aShortReplyIsSearchedWhole() {
    assertThat(signOff("Let me know if").orElseThrow(), containsString("sign-off"));
  }

  /** The pattern compares letters by Unicode case, and so does the cheap test before it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "İ HOPE THIS HELPS.",
        "ı hope this helps",
        "Feel free to aſk.",
        "Let me \u212Anow if anything is unclear.",
        "Here it is:\n```\ncode\n```",
        "본문입니다.\n(참고： 용어는 그대로 두었습니다)"
      })
  void chatInAnyCaseTheCheapTestMightMissIsStillFound(String reply) {
    assertThat(LlmChatter.find(SOURCE, reply).isPresent(), equalTo(true));
  }

  @Test
  void foldingKeepsEachCharacterInPlace() {
    assertThat(LlmChatter.folded("İı ſK Ab 한글 Ω"), equalTo("ii sk ab 한글 ω"));
  }
}
