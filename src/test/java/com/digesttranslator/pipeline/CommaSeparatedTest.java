package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;

class CommaSeparatedTest {

  @Test
  void itemsAreTrimmedAndEmptyOnesDropped() {
    assertThat(CommaSeparated.items(" a/*.txt, ,b/*.txt,"), contains("a/*.txt", "b/*.txt"));
  }

  @Test
  void anUnsetOrBlankOptionListsNothing() {
    assertThat(CommaSeparated.items(null), empty());
    assertThat(CommaSeparated.items(" , "), empty());
  }
}
