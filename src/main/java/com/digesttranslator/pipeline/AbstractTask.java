package com.digesttranslator.pipeline;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/** One abstract waiting for translation, with where it came from. */
@DefaultCoder(SerializableCoder.class)
public record AbstractTask(
    String path, String week, int entryIndex, int rank, String title, String text)
    implements Serializable {}
