package com.digesttranslator.digest;

import java.util.List;
import java.util.Optional;

/**
 * A parsed weekly digest. Every byte of the input is kept (header lines, entries, spacing, BOM,
 * line terminators) so that rendering an untouched digest reproduces the file exactly.
 *
 * @param week the week named in the header; untrusted text, never used to build a path
 * @param newline the file's dominant line terminator, used for lines this program writes
 * @param problems entries that cannot be translated (for example, no original abstract)
 */
public record Digest(
    String fileName,
    Optional<WeekId> week,
    boolean bom,
    String newline,
    List<String> headerLines,
    List<Entry> entries,
    List<EntryProblem> problems) {

  public Digest {
    headerLines = List.copyOf(headerLines);
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /**
   * The week that --weeks selects by and reports show: the header's, else one in the file's own
   * name (never in its directories), so {@code 2025-W07.txt} without a week header still has one.
   */
  public Optional<WeekId> effectiveWeek() {
    return week.or(() -> WeekId.find(FileName.of(fileName)));
  }

  /** {@link #effectiveWeek()} as text, or {@code "unknown"}. */
  public String weekLabel() {
    return effectiveWeek().map(WeekId::toString).orElse("unknown");
  }
}
