package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {

  private static Section of(String... rawLines) {
    return new Section(RawLines.strip(rawLines[0]), "X", 1, List.of(rawLines));
  }

  @Test
  void textDropsTheHeadingAndSurroundingBlankLines() {
    Section s =
        of(
            "## H (X)\n",
            "\n",
            "  \n",
            "Line one.\n",
            "Line two.\n",
            "\n",
            "Para two.\n",
            "\n",
            " \t\n");
    assertThat(s.text(), is("Line one.\nLine two.\n\nPara two."));
  }

  @Test
  void textUsesLfOnlyEvenForCrlfLines() {
    Section s = of("## H (X)\r\n", "One.\r\n", "\r\n", "Two.\r\n", "\r\n");
    assertThat(s.text(), is("One.\n\nTwo."));
  }

  @Test
  void textKeepsIndentationAndTrailingSpacesInsideTheBody() {
    Section s = of("## H (X)\n", "  indented  \n", "last");
    assertThat(s.text(), is("  indented  \nlast"));
  }

  @Test
  void headingOnlyOrBlankBodyIsBlank() {
    assertThat(of("## H (X)").isBlank(), is(true));
    assertThat(of("## H (X)\n").text(), is(""));
    assertThat(of("## H (X)\n", "\n", "   \n", "\t").isBlank(), is(true));
    assertThat(of("## H (X)\n", "x\n").isBlank(), is(false));
  }

  @Test
  void rawLinesAreCopiedAndImmutable() {
    List<String> lines = new ArrayList<>(List.of("## H (X)\n", "a\n"));
    Section s = new Section("## H (X)", "X", 3, lines);
    lines.add("b\n");
    assertThat(s.rawLines(), hasSize(2));
    assertThrows(UnsupportedOperationException.class, () -> s.rawLines().add("c"));
  }
}
