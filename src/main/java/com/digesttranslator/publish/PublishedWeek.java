package com.digesttranslator.publish;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.Entry;
import com.digesttranslator.digest.EntryProblem;
import com.digesttranslator.digest.Language;
import com.digesttranslator.digest.Section;
import com.digesttranslator.outcome.AbstractOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A week's digest as the publishable formats see it: its title, the other header lines, and each
 * paper with its original and translated abstract. Built from the same parsed digest and outcomes
 * as the translated text digest, so every format tells the same story.
 *
 * @param week the digest's week ({@code 2026-W03}) or {@code unknown}
 * @param fileName the input file's name
 * @param title the first non-blank header line, else {@code Digest <week>}
 * @param headerLines the other non-blank header lines, stripped
 */
public record PublishedWeek(
    String week,
    String fileName,
    String title,
    List<String> headerLines,
    Language target,
    List<PublishedEntry> entries) {

  public PublishedWeek {
    headerLines = List.copyOf(headerLines);
    entries = List.copyOf(entries);
  }

  /**
   * The week from its parsed digest and this run's translated and failed outcomes by entry index.
   * An entry without one either held a translation already (reused) or could not be translated at
   * all (an entry the parser rejected: {@code format}).
   */
  public static PublishedWeek of(
      Digest digest, String fileName, Language target, Map<Integer, AbstractOutcome> results) {
    List<String> header =
        digest.headerLines().stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .collect(Collectors.toList());
    String title = header.isEmpty() ? "Digest " + digest.weekLabel() : header.remove(0);
    Set<Integer> malformed =
        digest.problems().stream().map(EntryProblem::entryIndex).collect(Collectors.toSet());
    List<PublishedEntry> entries = new ArrayList<>();
    for (int i = 0; i < digest.entries().size(); i++) {
      Entry entry = digest.entries().get(i);
      entries.add(entry(entry, target, results.get(i), malformed.contains(i)));
    }
    return new PublishedWeek(digest.weekLabel(), fileName, title, header, target, entries);
  }

  private static PublishedEntry entry(
      Entry entry, Language target, AbstractOutcome result, boolean malformed) {
    String source = entry.sourceSection().map(Section::text).orElse(null);
    String id = idOf(entry.link());
    if (result != null && result.status() == AbstractOutcome.Status.TRANSLATED) {
      return new PublishedEntry(
          entry.rank(),
          id,
          entry.title(),
          entry.link(),
          source,
          normalise(result.translation()),
          PublishedEntry.Status.TRANSLATED,
          null);
    }
    if (result == null && !malformed && entry.hasTranslationIn(target)) {
      String kept = entry.sectionIn(target).orElseThrow().text();
      return new PublishedEntry(
          entry.rank(),
          id,
          entry.title(),
          entry.link(),
          source,
          kept,
          PublishedEntry.Status.REUSED,
          null);
    }
    String errorClass =
        result != null && result.isFailure() ? result.failure().errorClass().label() : "format";
    return new PublishedEntry(
        entry.rank(),
        id,
        entry.title(),
        entry.link(),
        source,
        null,
        PublishedEntry.Status.FAILED,
        errorClass);
  }

  /** The last path segment of the link: the arXiv id for Hugging Face and arXiv links. */
  static String idOf(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String path = link.strip().replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
    String id = path.substring(path.lastIndexOf('/') + 1);
    return id.isEmpty() || id.contains(":") ? null : id;
  }

  /** The translation as the text digest writes it: LF line ends, no trailing blank lines. */
  private static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
