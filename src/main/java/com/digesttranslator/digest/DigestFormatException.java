package com.digesttranslator.digest;

/** A file that is not a usable digest at all (empty, binary, not UTF-8, no entries). */
public class DigestFormatException extends Exception {
  private final String fileName;
  private final int lineNumber;
  private final String reason;

  public DigestFormatException(String fileName, int lineNumber, String reason) {
    super(fileName + ":" + lineNumber + ": " + reason);
    this.fileName = fileName;
    this.lineNumber = lineNumber;
    this.reason = reason;
  }

  public String fileName() {
    return fileName;
  }

  public int lineNumber() {
    return lineNumber;
  }

  public String reason() {
    return reason;
  }
}
