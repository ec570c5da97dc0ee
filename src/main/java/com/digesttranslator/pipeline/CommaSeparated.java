package com.digesttranslator.pipeline;

import java.util.Arrays;
import java.util.List;

/** The items of an option given comma-separated ({@code --input}, {@code --keepTerms}). */
final class CommaSeparated {
  private CommaSeparated() {}

  /** Trimmed, empty items dropped; none when the option is unset. */
  static List<String> items(String option) {
    return option == null
        ? List.of()
        : Arrays.stream(option.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
