package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryTest {

  private static final Language KOREAN = Language.forCode("ko");
  private static final Language SPANISH = Language.forCode("es");

  private static Section section(String heading, String label, String... body) {
    List<String> lines = new ArrayList<>();
    lines.add(heading + "\n");
    for (String line : body) {
      lines.add(line + "\n");
    }
    return new Section(heading, label, 1, lines);
  }

  private static Entry entry(Section... sections) {
    return new Entry(
        1, "T", "https://example.org", 1, List.of("--- 1. T ---\n"), List.of(sections));
  }

  private static final Section ORIGINAL =
      section("## Abstract (Original)", "Original", "The abstract.", "");

  @Test
  void sourceSectionIsTheOriginalAbstract() {
    Section korean = section("## 초록 (Korean)", "Korean", "번역.");
    assertThat(entry(korean, ORIGINAL).sourceSection(), is(Optional.of(ORIGINAL)));
    assertThat(entry(korean).sourceSection(), is(Optional.empty()));
    assertThat(entry().sourceSection(), is(Optional.empty()));
  }

  @Test
  void sectionInMatchesTheEnglishNameIgnoringCase() {
    Section korean = section("## 초록 (korean)", "korean", "번역.");
    Entry entry = entry(ORIGINAL, korean);
    assertThat(entry.sectionIn(KOREAN), is(Optional.of(korean)));
    assertThat(entry.sectionIn(SPANISH), is(Optional.empty()));
  }

  @Test
  void sectionInIgnoresTheNativeHeadingWord() {
    Section korean = section("## Abstract (Korean)", "Korean", "번역.");
    assertThat(entry(ORIGINAL, korean).sectionIn(KOREAN), is(Optional.of(korean)));
  }

  @Test
  void realTranslationCounts() {
    assertThat(
        entry(ORIGINAL, section("## 초록 (Korean)", "Korean", "", "초록 번역.", ""))
            .hasTranslationIn(KOREAN),
        is(true));
  }

  @Test
  void missingEmptyMarkerOrCopiedSectionsAreNotTranslations() {
    assertThat(entry(ORIGINAL).hasTranslationIn(KOREAN), is(false));
    assertThat(
        entry(ORIGINAL, section("## 초록 (Korean)", "Korean")).hasTranslationIn(KOREAN), is(false));
    assertThat(
        entry(ORIGINAL, section("## 초록 (Korean)", "Korean", "  ", "")).hasTranslationIn(KOREAN),
        is(false));
    assertThat(
        entry(ORIGINAL, section("## 초록 (Korean)", "Korean", TestDigests.LEGACY_FAILURE))
            .hasTranslationIn(KOREAN),
        is(false));
    assertThat(
        entry(ORIGINAL, section("## 초록 (Korean)", "Korean", FailureMarker.of("quota", "HTTP 456")))
            .hasTranslationIn(KOREAN),
        is(false));
    assertThat(
        entry(ORIGINAL, section("## 초록 (Korean)", "Korean", "The abstract."))
            .hasTranslationIn(KOREAN),
        is(false));
  }

  @Test
  void translationInAnEntryWithoutOriginalStillCounts() {
    assertThat(
        entry(section("## 초록 (Korean)", "Korean", "번역.")).hasTranslationIn(KOREAN), is(true));
  }

  @Test
  void translationInOneLanguageIsNotATranslationInAnother() {
    Entry entry = entry(ORIGINAL, section("## 초록 (Korean)", "Korean", "번역."));
    assertThat(entry.hasTranslationIn(KOREAN), is(true));
    assertThat(entry.hasTranslationIn(SPANISH), is(false));
  }

  @Test
  void listsAreCopiedAndImmutable() {
    List<Section> sections = new ArrayList<>(List.of(ORIGINAL));
    Entry entry = new Entry(1, "T", "", 1, new ArrayList<>(List.of("x\n")), sections);
    sections.clear();
    assertThat(entry.sections(), hasSize(1));
    assertThrows(UnsupportedOperationException.class, () -> entry.sections().clear());
    assertThrows(UnsupportedOperationException.class, () -> entry.headLines().clear());
  }
}
