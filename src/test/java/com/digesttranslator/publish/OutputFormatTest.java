package com.digesttranslator.publish;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFormatTest {

  @Test
  void listsAreParsedInOrderAndAnyCase() {
    assertThat(OutputFormat.parseList("txt"), is(List.of(OutputFormat.TXT)));
    assertThat(
        OutputFormat.parseList("json, MD,txt"),
        is(List.of(OutputFormat.JSON, OutputFormat.MD, OutputFormat.TXT)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "html", "txt,,md", "txt,txt", "md,"})
  void badListsAreRefusedWithAMessageNamingTheOption(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutputFormat.parseList(value));
    assertThat(e.getMessage(), containsString("--formats"));
  }

  @Test
  void fileNamesFollowTheInputName() {
    assertThat(OutputFormat.TXT.fileName("2026-W03.txt"), is("2026-W03.txt"));
    assertThat(OutputFormat.MD.fileName("2026-W03.txt"), is("2026-W03.md"));
    assertThat(OutputFormat.JSON.fileName("2026-W03.TXT"), is("2026-W03.json"));
    assertThat(OutputFormat.MD.fileName("week.digest"), is("week.digest.md"));
    assertThat(OutputFormat.MD.fileName(".txt"), is(".txt.md"));
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyContentTypeNamesUtf8(OutputFormat format) {
    assertThat(format.contentType(), endsWith("; charset=utf-8"));
  }
}
