package com.digesttranslator.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.digesttranslator.report.Bins.Bucket;
import com.digesttranslator.report.Bins.Interval;
import com.digesttranslator.report.ReportData.Completion;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BinsTest {

  @Test
  void edgesFollowOneTwoFive() {
    List<Long> edges = Stream.iterate(1L, Bins::nextEdge).limit(10).toList();

    assertThat(edges, contains(1L, 2L, 5L, 10L, 20L, 50L, 100L, 200L, 500L, 1000L));
  }

  @Test
  void latencyBucketsRunFromTheFastestToTheSlowestText() {
    List<Bucket> buckets = Bins.latency(List.of(1_200L, 1_999L, 2_000L, 7_000L));

    assertThat(
        buckets,
        contains(
            new Bucket(1_000, 2_000, 2),
            new Bucket(2_000, 5_000, 1),
            new Bucket(5_000, 10_000, 1)));
    assertThat(buckets.get(0).label(), is("1–2 s"));
  }

  @Test
  void bucketLabelsNameTheUnitOnceWhenTheyCan() {
    assertThat(new Bucket(0, 100, 1).label(), is("< 100 ms"));
    assertThat(new Bucket(200, 500, 1).label(), is("200–500 ms"));
    assertThat(new Bucket(500, 1_000, 1).label(), is("500 ms–1 s"));
    assertThat(new Bucket(50_000, 100_000, 1).label(), is("50–100 s"));
  }

  @Test
  void noLatencyNoBucket() {
    assertThat(Bins.latency(List.of()), is(empty()));
    assertThat(Bins.throughput(List.of()), is(empty()));
  }

  @Test
  void throughputCountsTranslatedAndFailedPerInterval() {
    List<Interval> intervals =
        Bins.throughput(
            List.of(
                new Completion(10_000, false),
                new Completion(10_500, true),
                new Completion(12_000, false),
                new Completion(14_999, false)));

    assertThat(
        intervals,
        contains(
            new Interval(0, 1_000, 1, 1),
            new Interval(1_000, 1_000, 0, 0),
            new Interval(2_000, 1_000, 1, 0),
            new Interval(3_000, 1_000, 0, 0),
            new Interval(4_000, 1_000, 1, 0)));
  }

  @Test
  void intervalsStayFewWhateverTheRunsLength() {
    for (long span : new long[] {0, 59_000, 61_000, 3_600_000, 86_400_000, 30L * 86_400_000}) {
      long width = Bins.intervalWidth(span);
      assertThat("span " + span, span / width + 1, lessThanOrEqualTo((long) Bins.MAX_INTERVALS));
    }
    assertThat("50 minutes in minutes", Bins.intervalWidth(3_000_000), is(60_000L));
    assertThat("an hour is 61 minute marks: too many", Bins.intervalWidth(3_600_000), is(120_000L));
  }

  @Test
  void everyCompletionLandsInSomeInterval() {
    List<Completion> completions =
        IntStream.range(0, 500)
            .mapToObj(i -> new Completion(1_000_000L + i * 7_919L, i % 9 == 0))
            .toList();

    List<Interval> intervals = Bins.throughput(completions);
    assertThat(intervals.stream().mapToInt(i -> i.translated() + i.failed()).sum(), is(500));
    assertThat(intervals.stream().mapToInt(Interval::failed).sum(), is(56));
    assertThat(
        intervals.stream().map(Interval::widthMs).toList(),
        everyItem(is(intervals.get(0).widthMs())));
  }
}
