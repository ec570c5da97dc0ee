package com.digesttranslator.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void durationsReadNaturally() {
    assertThat(Format.millis(850), is("850 ms"));
    assertThat(Format.millis(12_345), is("12.3 s"));
    assertThat(Format.millis(125_000), is("2 min 05 s"));
    assertThat(Format.millis(3_900_000), is("1 h 05 min"));
  }

  @Test
  void edgesAreRoundValues() {
    assertThat(Format.edge(0), is("0"));
    assertThat(Format.edge(500), is("500 ms"));
    assertThat(Format.edge(90_000), is("90 s"));
    assertThat(Format.edge(120_000), is("2 min"));
    assertThat(Format.edge(7_200_000), is("2 h"));
  }

  @Test
  void countsAndPricesDoNotDependOnTheLocale() {
    assertThat(Format.count(1_234_567), is("1,234,567"));
    assertThat(Format.price(20.0), is("20"));
    assertThat(Format.price(0.5), is("0.5"));
    assertThat(Format.price(0), is("n/a"));
  }

  @Test
  void timesAreUtc() {
    assertThat(Format.utc(1_760_000_000_000L), is("2025-10-09 08:53:20 UTC"));
  }
}
