package com.digesttranslator.pipeline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Where outputs go, under {@code --output} only (local or any Beam file system), and how they are
 * written: whole or not at all. Names of translated digests are the input files' own names, checked
 * so no name can climb out. The names themselves are {@link OutputLayout}'s.
 */
public final class OutputFiles {
  /**
   * Ends every temporary file's name, which also starts with a dot: no input glob such as {@code
   * out/digests/*.txt} matches one, and a later run knows what it may remove.
   */
  static final String TEMPORARY_SUFFIX = ".partial";

  /** Writes a file's content; may fail half-way, as a full disk does. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  public static ResourceId directory(String output) {
    return FileSystems.matchNewResource(output, true);
  }

  public static ResourceId file(String output, String name) {
    return directory(output).resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  private static ResourceId digestsDirectory(String output) {
    return directory(output)
        .resolve(OutputLayout.DIGESTS, StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  public static ResourceId digest(String output, String fileName) {
    if (fileName.isEmpty()
        || fileName.equals(".")
        || fileName.equals("..")
        || fileName.contains("/")
        || fileName.contains("\\")) {
      throw new IllegalArgumentException("unsafe output file name: '" + fileName + "'");
    }
    return digestsDirectory(output).resolve(fileName, StandardResolveOptions.RESOLVE_FILE);
  }

  /** Writes the whole file, atomically (see {@link #write(ResourceId, String, Content)}). */
  public static void write(ResourceId file, byte[] content, String mimeType) throws IOException {
    write(file, mimeType, out -> out.write(content));
  }

  /**
   * Writes {@code file} whole or leaves it as it was. The content goes to a temporary file in the
   * same directory, which is then renamed over {@code file}. On a local disk Beam renames with
   * {@code ATOMIC_MOVE}, so a reader, a crash or a full disk finds the old file or the new one,
   * never a part of one: this is what makes repair in place ({@code --input} inside {@code
   * --output}) safe. On object stores ({@code gs://}, {@code s3://}) a rename is a server-side copy
   * then a delete, and a copy creates the object whole, so the same holds; writing the object
   * directly would not do, because closing a channel after a failure may commit what was sent so
   * far. The temporary file is removed whatever fails. A rerun of the same bundle rewrites the same
   * bytes.
   */
  public static void write(ResourceId file, String mimeType, Content content) throws IOException {
    ResourceId temporary =
        file.getCurrentDirectory()
            .resolve(
                "." + file.getFilename() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX,
                StandardResolveOptions.RESOLVE_FILE);
    try {
      try (WritableByteChannel channel = FileSystems.create(temporary, mimeType);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
      }
      FileSystems.rename(List.of(temporary), List.of(file));
    } catch (IOException | RuntimeException e) {
      try {
        FileSystems.delete(List.of(temporary), StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * Removes the temporary files a killed run left under a local {@code output} and its digests: a
   * kill between writing and renaming cannot clean up after itself. Object stores are left alone:
   * this runs where the job is launched, which may have no access to them (and must not call Google
   * while building a template), and there an upload a kill interrupts never becomes an object, so
   * only a kill between the upload's end and the rename leaves one behind.
   */
  public static void removeTemporaries(String output) throws IOException {
    if (!"file".equals(directory(output).getScheme())) {
      return;
    }
    List<ResourceId> stray = new ArrayList<>();
    for (ResourceId dir : List.of(directory(output), digestsDirectory(output))) {
      MatchResult match =
          FileSystems.match(dir + ".*" + TEMPORARY_SUFFIX, EmptyMatchTreatment.ALLOW);
      if (match.status() == MatchResult.Status.OK) {
        match.metadata().forEach(m -> stray.add(m.resourceId()));
      }
    }
    FileSystems.delete(stray, StandardMoveOptions.IGNORE_MISSING_FILES);
  }
}
