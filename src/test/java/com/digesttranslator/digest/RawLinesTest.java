package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawLinesTest {

  @Test
  void splitKeepsEachLinesTerminator() {
    assertThat(RawLines.split("a\nb\r\n\nc"), contains("a\n", "b\r\n", "\n", "c"));
    assertThat(RawLines.split("a\n"), contains("a\n"));
    assertThat(RawLines.split("\n\n"), contains("\n", "\n"));
    assertThat(RawLines.split(""), is(empty()));
  }

  @Test
  void splitDoesNotTreatALoneCarriageReturnAsALineBreak() {
    assertThat(RawLines.split("a\rb\n"), contains("a\rb\n"));
  }

  @Test
  void joiningTheSplitLinesGivesTheInputBack() {
    String text = "x\r\n\n y \r\n\r\nz\rq\n\nend";
    assertThat(String.join("", RawLines.split(text)), is(text));
  }

  @Test
  void stripRemovesOnlyTheTerminator() {
    assertThat(RawLines.strip("a b \r\n"), is("a b "));
    assertThat(RawLines.strip(" a\n"), is(" a"));
    assertThat(RawLines.strip("a"), is("a"));
    assertThat(RawLines.strip("a\r"), is("a\r"));
    assertThat(RawLines.strip("\n"), is(""));
  }

  @Test
  void blankMeansOnlyWhitespaceBeforeTheTerminator() {
    assertThat(RawLines.isBlank(" \t\r\n"), is(true));
    assertThat(RawLines.isBlank(""), is(true));
    assertThat(RawLines.isBlank(" x \n"), is(false));
  }

  @Test
  void textJoinsWithLfAndTrimsBlankLinesAtBothEnds() {
    assertThat(RawLines.text(List.of("\n", " \r\n", "a\r\n", "\n", "b\n", "\n")), is("a\n\nb"));
    assertThat(RawLines.text(List.of("\n", "\n")), is(""));
    assertThat(RawLines.text(List.of()), is(""));
  }

  @Test
  void trailingBlankLinesAreCounted() {
    assertThat(RawLines.trailingBlankLines(List.of("a\n", "\n", " \n")), is(2));
    assertThat(RawLines.trailingBlankLines(List.of("a\n")), is(0));
    assertThat(RawLines.trailingBlankLines(List.of("\n", "a\n", "\n")), is(1));
    assertThat(RawLines.trailingBlankLines(List.of()), is(0));
  }
}
