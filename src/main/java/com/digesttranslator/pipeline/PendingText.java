package com.digesttranslator.pipeline;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** A distinct text that no earlier run translated, with every abstract that carries it. */
@DefaultCoder(SerializableCoder.class)
public record PendingText(String key, String text, List<AbstractTask> tasks) implements Serializable {
  public PendingText {
    tasks = List.copyOf(tasks);
  }
}
