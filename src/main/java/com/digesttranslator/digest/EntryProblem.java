package com.digesttranslator.digest;

/** An entry the parser kept but that cannot be translated, with the line that shows why. */
public record EntryProblem(
    int entryIndex, int rank, String title, int lineNumber, String message) {}
