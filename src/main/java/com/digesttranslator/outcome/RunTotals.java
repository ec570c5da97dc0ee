package com.digesttranslator.outcome;

import com.digesttranslator.digest.WeekId;
import com.digesttranslator.digest.WeekSelection;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A run's totals, as {@code summary.json}, the console summary and {@code report.html} all show
 * them, computed here only: from the outcomes alone, through a {@link Tally} that the pipeline
 * combines across workers and the report fills in one go. Files are counted by distinct path, since
 * a file's outcomes may be tallied on several workers.
 *
 * @param counts files and abstracts
 * @param weeks the distinct ISO weeks of the readable files, sorted
 */
public record RunTotals(RunCounts counts, List<String> weeks) implements Serializable {

  public RunTotals {
    Objects.requireNonNull(counts, "counts");
    weeks = List.copyOf(new TreeSet<>(weeks));
  }

  public static RunTotals of(Iterable<AbstractOutcome> outcomes) {
    Tally tally = new Tally();
    outcomes.forEach(tally::add);
    return tally.totals();
  }

  /** Weeks {@code selection} names that no readable file has, in calendar order. */
  public List<String> unmatchedWeeks(WeekSelection selection) {
    return unmatchedWeeks(selection, weeks);
  }

  /** Weeks {@code selection} names that are not among {@code seen}, in calendar order. */
  public static List<String> unmatchedWeeks(WeekSelection selection, Collection<String> seen) {
    return selection.weeks().stream().map(WeekId::toString).filter(w -> !seen.contains(w)).toList();
  }

  public boolean hasFailures() {
    return counts.hasFailures();
  }

  /** Accumulates outcomes; {@link #merge} makes it a combiner's accumulator. */
  public static final class Tally implements Serializable {
    private RunCounts abstracts = RunCounts.ZERO;
    private final HashSet<String> files = new HashSet<>();
    private final HashSet<String> badFiles = new HashSet<>();
    private final TreeSet<String> weeks = new TreeSet<>();

    public Tally add(AbstractOutcome outcome) {
      abstracts = abstracts.plus(RunCounts.of(outcome));
      files.add(outcome.path());
      if (outcome.isAbstract()) {
        outcome.weekId().ifPresent(week -> weeks.add(week.toString()));
      } else {
        badFiles.add(outcome.path());
      }
      return this;
    }

    public Tally merge(Tally other) {
      abstracts = abstracts.plus(other.abstracts);
      files.addAll(other.files);
      badFiles.addAll(other.badFiles);
      weeks.addAll(other.weeks);
      return this;
    }

    public RunTotals totals() {
      RunCounts fileCounts = new RunCounts(files.size(), badFiles.size(), 0, 0, 0, 0, 0, 0, 0);
      return new RunTotals(abstracts.plus(fileCounts), List.copyOf(weeks));
    }

    /**
     * By value: a runner may compare an encoded and decoded accumulator with the original (Beam
     * warns at launch about a serialized type without it).
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Tally t
          && abstracts.equals(t.abstracts)
          && files.equals(t.files)
          && badFiles.equals(t.badFiles)
          && weeks.equals(t.weeks);
    }

    @Override
    public int hashCode() {
      return Objects.hash(abstracts, files, badFiles, weeks);
    }
  }
}
