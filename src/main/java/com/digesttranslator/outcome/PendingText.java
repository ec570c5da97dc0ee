package com.digesttranslator.outcome;

import java.io.Serializable;

/** An abstract whose text no earlier run translated, with the text's translation-cache key. */
public record PendingText(String key, AbstractTask task) implements Serializable {
  public String text() {
    return task.text();
  }
}
