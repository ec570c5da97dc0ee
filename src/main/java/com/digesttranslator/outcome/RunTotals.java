package com.digesttranslator.outcome;

import com.digesttranslator.digest.WeekId;
import com.digesttranslator.digest.WeekSelection;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run's totals, as {@code summary.json}, the console summary and {@code report.html} all show
 * them, computed here only, from the outcomes alone. Files are counted by distinct path, as a file
 * has an outcome per abstract.
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
    RunCounts abstracts = RunCounts.ZERO;
    Set<String> files = new HashSet<>();
    Set<String> badFiles = new HashSet<>();
    Set<String> weeks = new TreeSet<>();
    for (AbstractOutcome outcome : outcomes) {
      abstracts = abstracts.plus(RunCounts.of(outcome));
      files.add(outcome.path());
      if (outcome.isAbstract()) {
        outcome.weekId().ifPresent(week -> weeks.add(week.toString()));
      } else {
        badFiles.add(outcome.path());
      }
    }
    RunCounts fileCounts = new RunCounts(files.size(), badFiles.size(), 0, 0, 0, 0, 0, 0, 0);
    return new RunTotals(abstracts.plus(fileCounts), List.copyOf(weeks));
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
}
