package com.digesttranslator.pipeline;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.RunTotals;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Adds the week facts to a report: how many weeks were read, and selected weeks with no file. */
final class WeeksSeen {
  private WeeksSeen() {}

  static void addTo(ObjectNode report, Collection<String> seen, WeekSelection selection) {
    Set<String> distinct = new TreeSet<>(seen);
    report.put("weeks", distinct.size());
    if (!selection.selectsAll()) {
      ArrayNode unmatched = report.putArray("unmatchedWeeks");
      RunTotals.unmatchedWeeks(selection, distinct).forEach(unmatched::add);
    }
  }
}
