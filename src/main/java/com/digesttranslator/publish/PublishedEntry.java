package com.digesttranslator.publish;

import java.util.Locale;

/**
 * One paper as published: what the translated digest holds for it and how it got there.
 *
 * @param id the paper's id, the last segment of its link ({@code 2601.06943}); null without a link
 * @param link null when the entry has no {@code Link:} line
 * @param sourceAbstract the original abstract, null when the entry has none
 * @param translation null when the entry is not translated
 * @param errorClass why it is not translated, null otherwise
 */
public record PublishedEntry(
    int rank,
    String id,
    String title,
    String link,
    String sourceAbstract,
    String translation,
    Status status,
    String errorClass) {

  /** How the entry's translation came about. */
  public enum Status {
    TRANSLATED,
    REUSED,
    FAILED;

    /** The name published in JSON. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
