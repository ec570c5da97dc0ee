package com.digesttranslator.report;

import com.digesttranslator.digest.FileName;
import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.RunTotals;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the run report and the console summary show, aggregated from one {@link
 * AbstractOutcome} per abstract (or bad file) by {@link Builder}. Plain values, so it can be
 * rendered anywhere (a DoFn, or {@code Main} after the pipeline) and serialized by any runner.
 *
 * @param totals the numbers of {@code summary.json}, computed from the same outcomes the same way
 * @param unmatchedWeeks weeks {@code --weeks} selected that no readable file has
 * @param weeks the ISO weeks that have at least one input file, oldest first
 * @param files one row per input file, by week then path
 * @param failures every abstract or file not translated, by week, file and rank
 * @param latenciesMillis one per text for which requests were made; kept sorted
 * @param completions one per abstract translated or given up on during this run; kept in time order
 * @param pricePerMillionChars 0 when unknown: the cost is then shown as n/a
 * @param outputDir the job's {@code --output}, as the user wrote it
 * @param retryCommand the command line that retries only what failed
 */
public record ReportData(
    RunTotals totals,
    List<String> unmatchedWeeks,
    List<WeekRow> weeks,
    List<FileRow> files,
    List<Failure> failures,
    List<Long> latenciesMillis,
    List<Completion> completions,
    long charactersSent,
    double pricePerMillionChars,
    String outputDir,
    String retryCommand)
    implements Serializable {

  public ReportData {
    Objects.requireNonNull(totals, "totals");
    unmatchedWeeks = List.copyOf(unmatchedWeeks);
    weeks = List.copyOf(weeks);
    files = List.copyOf(files);
    failures = List.copyOf(failures);
    latenciesMillis = latenciesMillis.stream().sorted().toList();
    completions =
        completions.stream().sorted(Comparator.comparingLong(Completion::atMillis)).toList();
    outputDir = Objects.requireNonNullElse(outputDir, "");
    retryCommand = Objects.requireNonNullElse(retryCommand, "");
  }

  /** A builder to which the pipeline adds every outcome. */
  public static Builder builder() {
    return new Builder();
  }

  /** Estimated cost of the characters sent, or empty when no price was given. */
  public OptionalDouble estimatedCost() {
    return pricePerMillionChars > 0
        ? OptionalDouble.of(charactersSent * pricePerMillionChars / 1_000_000)
        : OptionalDouble.empty();
  }

  /** How a file or week fared; {@link #id} is what the HTML's {@code data-status} holds. */
  public enum Health {
    TRANSLATED("translated", "all translated"),
    REUSED("reused", "reused only"),
    PARTLY("partly", "partly failed"),
    FAILED("failed", "all failed"),
    BAD_FILE("bad_file", "bad file");

    private final String id;
    private final String label;

    Health(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }

    /**
     * Anything not translated makes it partly or wholly failed; reuse alone means nothing was
     * needed.
     */
    static Health of(long translated, long reused, long failed, long badFiles) {
      if (failed > 0 || badFiles > 0) {
        if (translated + reused > 0) {
          return PARTLY;
        }
        return failed > 0 ? FAILED : BAD_FILE;
      }
      return translated > 0 ? TRANSLATED : REUSED;
    }
  }

  /**
   * One input file.
   *
   * @param week its ISO week, or null when neither its header nor its name has one
   * @param digestLink {@code digests/<name>}, URL-encoded and relative to the output directory;
   *     null for a bad file, which has no output digest
   * @param translated abstracts translated, including {@code fromCache}
   * @param badFileReason why the file could not be read, null for a readable file
   */
  public record FileRow(
      String week,
      String file,
      String digestLink,
      Health health,
      int translated,
      int fromCache,
      int reused,
      int failed,
      String badFileReason,
      SortedMap<String, Integer> failuresByClass,
      long charactersSent,
      long slowestRequestMillis)
      implements Serializable {

    public FileRow {
      failuresByClass = Collections.unmodifiableSortedMap(new TreeMap<>(failuresByClass));
    }

    /** Failure records for this file: failed abstracts, or the file itself when it is bad. */
    public int failures() {
      return failed + (badFileReason != null ? 1 : 0);
    }

    public String name() {
      return FileName.of(file);
    }
  }

  /** One ISO week with the files that carry it (usually one). */
  public record WeekRow(String week, Health health, List<FileRow> files) implements Serializable {
    public WeekRow {
      files = List.copyOf(files);
    }

    public int failures() {
      return files.stream().mapToInt(FileRow::failures).sum();
    }

    public long slowestRequestMillis() {
      return files.stream().mapToLong(FileRow::slowestRequestMillis).max().orElse(0);
    }

    /** The first readable file's digest, or null when every file of the week is bad. */
    public String digestLink() {
      return files.stream()
          .map(FileRow::digestLink)
          .filter(Objects::nonNull)
          .findFirst()
          .orElse(null);
    }
  }

  /** An abstract or file that was not translated; title and message are untrusted text. */
  public record Failure(
      String week,
      String file,
      int rank,
      String title,
      String errorClass,
      int httpStatus,
      int line,
      String message)
      implements Serializable {}

  /** When an abstract was finished during this run, and whether it failed. */
  public record Completion(long atMillis, boolean failed) implements Serializable {}

  /**
   * Collects outcomes, then aggregates them. {@link #merge} makes it usable as the accumulator of a
   * Beam {@code CombineFn} (it is Serializable), so outcomes can be gathered on any runner.
   */
  public static final class Builder implements Serializable {
    private final ArrayList<AbstractOutcome> outcomes = new ArrayList<>();
    private WeekSelection selection = WeekSelection.all();
    private double pricePerMillionChars;
    private String outputDir = "";
    private String retryCommand = "";

    private Builder() {}

    public Builder add(AbstractOutcome outcome) {
      outcomes.add(Objects.requireNonNull(outcome));
      return this;
    }

    /** Takes the other builder's outcomes; its settings are ignored (set them on the result). */
    public Builder merge(Builder other) {
      outcomes.addAll(other.outcomes);
      return this;
    }

    /** The run's {@code --weeks}: weeks it names that no file has are reported as unmatched. */
    public Builder selection(WeekSelection weeks) {
      selection = Objects.requireNonNull(weeks);
      return this;
    }

    public Builder pricePerMillionChars(double price) {
      pricePerMillionChars = price;
      return this;
    }

    public Builder outputDir(String dir) {
      outputDir = dir;
      return this;
    }

    public Builder retryCommand(String command) {
      retryCommand = command;
      return this;
    }

    public ReportData build() {
      return Aggregation.aggregate(
          outcomes, selection, pricePerMillionChars, outputDir, retryCommand);
    }
  }
}
