package com.digesttranslator.outcome;

import java.io.Serializable;

/** One abstract waiting for translation, with where it came from. */
public record AbstractTask(
    String path, String week, int entryIndex, int rank, String title, String text)
    implements Serializable {}
