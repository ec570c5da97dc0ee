package com.digesttranslator.pipeline;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** An abstract whose text no earlier run translated, with its {@link TranslationKey}. */
@DefaultCoder(SerializableCoder.class)
public record PendingText(String key, AbstractTask task) implements Serializable {
  public String text() {
    return task.text();
  }
}
