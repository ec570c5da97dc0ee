package com.digesttranslator.digest;

/** The name of a file at the end of its path, the one rule every input and output name uses. */
public final class FileName {
  private FileName() {}

  /**
   * The last segment of a local path or a {@code gs://} or {@code s3://} URL; a backslash also
   * separates, so a path written on Windows gives the same name as on the workers.
   */
  public static String of(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }
}
