package com.digesttranslator.digest;

import java.util.List;
import java.util.Optional;

/**
 * One paper: the {@code --- N. Title ---} line, the lines up to the first section (link, spacing),
 * and its sections in file order.
 */
public record Entry(
    int rank,
    String title,
    String link,
    int lineNumber,
    List<String> headLines,
    List<Section> sections) {

  public static final String SOURCE_LABEL = "Original";

  public Entry {
    headLines = List.copyOf(headLines);
    sections = List.copyOf(sections);
  }

  /** The {@code ## Abstract (Original)} section, if the entry has one. */
  public Optional<Section> sourceSection() {
    return sections.stream().filter(s -> SOURCE_LABEL.equals(s.label())).findFirst();
  }

  /**
   * True when the entry already holds a real translation into {@code language}: a section that is
   * not empty, not a failure marker and not just a copy of the original.
   */
  public boolean hasTranslationIn(Language language) {
    return sectionIn(language)
        .map(Section::text)
        .filter(t -> !t.isBlank() && !FailureMarker.isMarker(t))
        .filter(t -> sourceSection().map(s -> !s.text().equals(t)).orElse(true))
        .isPresent();
  }

  /** The section written in {@code language}, recognised by its label ("Korean", "Spanish" …). */
  public Optional<Section> sectionIn(Language language) {
    return sections.stream()
        .filter(s -> language.englishName().equalsIgnoreCase(s.label()))
        .findFirst();
  }
}
