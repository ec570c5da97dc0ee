package com.digesttranslator.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResourceId directory;
  private final long rollEveryNanos;
  private WritableByteChannel channel;
  private long openedAt;

  TranslationJournal(String cacheDir, Duration rollEvery) {
    this.directory = FileSystems.matchNewResource(cacheDir, true);
    this.rollEveryNanos = rollEvery.toNanos();
  }

  void append(String key, String translation) throws IOException {
    if (channel != null && System.nanoTime() - openedAt > rollEveryNanos) {
      close();
    }
    if (channel == null) {
      ResourceId file = directory.resolve(PREFIX + UUID.randomUUID() + SUFFIX, StandardResolveOptions.RESOLVE_FILE);
      if ("file".equals(file.getScheme())) {
        Files.createDirectories(Path.of(directory.toString()));
      }
      channel = "file".equals(file.getScheme())
          ? FileChannel.open(Path.of(file.toString()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
          : FileSystems.create(file, "application/jsonl");
      openedAt = System.nanoTime();
    }
    ObjectNode line = JSON.createObjectNode().put("k", key).put("t", translation);
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
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
