package com.digesttranslator.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Appends each new translation to the cache as soon as it arrives, one JSON line
 * ({@code {"k": key, "t": translation}}) per translation, so a killed run loses almost nothing.
 * On a local disk each line goes straight to the file (Beam's local channel would buffer 8 KB), so a
 * SIGKILL loses only requests in flight. Object stores such as {@code gs://} only publish a file
 * when it is closed, so there the journal rolls to a new file every {@code rollEvery}: a crash
 * loses at most that much work.
 */
final class TranslationJournal implements AutoCloseable {
  static final String PREFIX = "translations-";
  static final String SUFFIX = ".jsonl";

  private final ResourceId directory;
  private final String owner;
  private final long rollEveryNanos;
  private WritableByteChannel channel;
  private long openedAt;

  /**
   * @param owner names the files ({@code translations-<owner>-<uuid>.jsonl}), so that a retried
   *     attempt of the same work can find what an earlier attempt journaled ({@link #readOwn})
   */
  TranslationJournal(String cacheDir, String owner, Duration rollEvery) {
    this.directory = FileSystems.matchNewResource(cacheDir, true);
    this.owner = owner;
    this.rollEveryNanos = rollEvery.toNanos();
  }

  /**
   * What earlier attempts by the same owner journaled, key → translation: a runner that retries a
   * failed bundle (Dataflow does) then pays nothing twice for the part that had been done.
   */
  static Map<String, String> readOwn(String cacheDir, String owner) throws IOException {
    String pattern = OutputFiles.directory(cacheDir) + PREFIX + owner + "-*" + SUFFIX;
    Map<String, String> earlier = new HashMap<>();
    for (MatchResult.Metadata file : FileSystems.match(pattern, EmptyMatchTreatment.ALLOW).metadata()) {
      try (BufferedReader lines = new BufferedReader(
          Channels.newReader(FileSystems.open(file.resourceId()), StandardCharsets.UTF_8))) {
        lines.lines().map(JournalLine::parse).flatMap(Optional::stream)
            .forEach(entry -> earlier.putIfAbsent(entry.key(), entry.translation()));
      }
    }
    return earlier;
  }

  void append(String key, String translation) throws IOException {
    if (channel != null && System.nanoTime() - openedAt > rollEveryNanos) {
      close();
    }
    if (channel == null) {
      ResourceId file = directory.resolve(
          PREFIX + owner + "-" + UUID.randomUUID() + SUFFIX, StandardResolveOptions.RESOLVE_FILE);
      if ("file".equals(file.getScheme())) {
        Files.createDirectories(Path.of(directory.toString()));
      }
      channel = "file".equals(file.getScheme())
          ? FileChannel.open(Path.of(file.toString()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
          : FileSystems.create(file, "application/jsonl");
      openedAt = System.nanoTime();
    }
    ByteBuffer bytes = ByteBuffer.wrap((JournalLine.format(key, translation) + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }
}
