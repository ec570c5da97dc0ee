package com.digesttranslator.digest;

import static com.digesttranslator.digest.DigestParserTest.SMALL;
import static com.digesttranslator.digest.TestDigests.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestTest {

  @Test
  void withoutAWeekInTheHeaderTheFileNamesWeekIsUsedButNotTheDirectories() {
    String noWeek = SMALL.replace("2026-W05", "latest");
    assertThat(parse("/data/2025-W07.txt", TestDigests.utf8(noWeek)).weekLabel(), is("2025-W07"));
    assertThat(
        parse("/data/2025-W07/digest.txt", TestDigests.utf8(noWeek)).weekLabel(), is("unknown"));
    assertThat(parse("/data/2025-W07.txt", TestDigests.utf8(SMALL)).weekLabel(), is("2026-W05"));
  }

  @Test
  void weekLabelIsTheHeaderWeekOrUnknown() {
    assertThat(parse(SMALL).weekLabel(), is("2026-W05"));
    assertThat(parse(SMALL.replace("2026-W05", "2026-W99")).weekLabel(), is("unknown"));
    Digest none = new Digest("x", Optional.empty(), false, "\n", List.of(), List.of(), List.of());
    assertThat(none.weekLabel(), is("unknown"));
  }

  @Test
  void listsAreCopiedAndImmutable() {
    List<String> header = new ArrayList<>(List.of("h\n"));
    Digest digest =
        new Digest(
            "x", Optional.empty(), false, "\n", header, new ArrayList<>(), new ArrayList<>());
    header.add("changed\n");
    assertThat(digest.headerLines(), hasSize(1));
    assertThrows(UnsupportedOperationException.class, () -> digest.headerLines().add("y"));
    assertThrows(UnsupportedOperationException.class, () -> digest.entries().clear());
    assertThrows(UnsupportedOperationException.class, () -> digest.problems().clear());
  }
}
