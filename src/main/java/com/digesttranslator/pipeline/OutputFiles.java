package com.digesttranslator.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Where outputs go, under {@code --output} only (local or any Beam file system). Names of
 * translated digests are the input files' own names, checked so no name can climb out.
 */
final class OutputFiles {
  static final String DIGESTS_DIR = "digests";
  static final String SUMMARY = "summary.json";
  static final String FAILURES = "failures.jsonl";
  /** The end-of-run summary table, written by the job and printed by {@link Main}. */
  static final String CONSOLE_SUMMARY = "summary.txt";

  private OutputFiles() {}

  static ResourceId directory(String output) {
    return FileSystems.matchNewResource(output, true);
  }

  static ResourceId file(String output, String name) {
    return directory(output).resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  static ResourceId digest(String output, String fileName) {
    if (fileName.isEmpty() || fileName.equals(".") || fileName.equals("..")
        || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("unsafe output file name: '" + fileName + "'");
    }
    return directory(output)
        .resolve(DIGESTS_DIR, StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(fileName, StandardResolveOptions.RESOLVE_FILE);
  }

  /** Writes the whole file; a rerun of the same bundle rewrites the same bytes. */
  static void write(ResourceId file, byte[] content, String mimeType) throws IOException {
    try (WritableByteChannel channel = FileSystems.create(file, mimeType);
        OutputStream out = Channels.newOutputStream(channel)) {
      out.write(content);
    }
  }

  static String fileNameOf(String path) {
    return FileSystems.matchNewResource(path, false).getFilename();
  }
}
