package com.digesttranslator.outcome;

import java.util.Locale;

/** Where in the job an abstract or file failed. */
public enum Stage {
  /** The file could not be read or is not a digest. */
  READ,
  /** The entry is malformed, so it was not sent. */
  PARSE,
  /** The provider did not return a usable translation. */
  TRANSLATE;

  /** Lower-case name, as {@code failures.jsonl} writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
