package com.digesttranslator.pipeline.cache;

import com.digesttranslator.pipeline.io.OutputFiles;
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
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Appends each new translation to the cache as soon as it arrives, one JSON line ({@code {"k": key,
 * "t": translation}}) per translation, so a killed run loses almost nothing. On a local disk each
 * line goes straight to the file (Beam's local channel would buffer 8 KB), so a SIGKILL loses only
 * requests in flight. Object stores such as {@code gs://} only publish a file when it is closed, so
 * there the journal rolls to a new file every {@code rollEvery}, on a timer as well as on append: a
 * crash loses at most that much work, even after a stall. A failed write, or a failed roll in the
 * background, surfaces as an {@link IOException} from the next {@link #append} or from {@link
 * #close}.
 */
public final class TranslationJournal implements AutoCloseable {
  static final String PREFIX = "translations-";
  static final String SUFFIX = ".jsonl";

  private static final ScheduledExecutorService ROLLER =
      Executors.newSingleThreadScheduledExecutor(
          run -> {
            Thread thread = new Thread(run, "translation-journal-roller");
            thread.setDaemon(true);
            return thread;
          });

  /** Where journal files are created. */
  interface Store {
    WritableByteChannel create(ResourceId file) throws IOException;

    /** Whether a file becomes visible only when closed, as on object stores. */
    boolean publishesOnClose();
  }

  /** A local disk: unbuffered appends, visible at once. */
  static final Store LOCAL =
      new Store() {
        @Override
        public WritableByteChannel create(ResourceId file) throws IOException {
          Path path = Path.of(file.toString());
          Files.createDirectories(path.getParent());
          return FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        @Override
        public boolean publishesOnClose() {
          return false;
        }
      };

  /** Any other Beam file system ({@code gs://} …). */
  static final Store OBJECT_STORE =
      new Store() {
        @Override
        public WritableByteChannel create(ResourceId file) throws IOException {
          return FileSystems.create(file, "application/jsonl");
        }

        @Override
        public boolean publishesOnClose() {
          return true;
        }
      };

  private final ResourceId directory;
  private final String owner;
  private final long rollEveryNanos;
  private final Store store;
  private final ScheduledFuture<?> timedRoll;
  private WritableByteChannel channel;
  private long openedAt;
  private IOException backgroundFailure;

  /**
   * @param owner names the files ({@code translations-<owner>-<uuid>.jsonl}), so that a retried
   *     attempt of the same work can find what an earlier attempt journaled ({@link #readOwn})
   */
  public TranslationJournal(String cacheDir, String owner, Duration rollEvery) {
    this(cacheDir, owner, rollEvery, null);
  }

  /**
   * @param store where files go; null picks it by the scheme of {@code cacheDir}
   */
  TranslationJournal(String cacheDir, String owner, Duration rollEvery, Store store) {
    this.directory = FileSystems.matchNewResource(cacheDir, true);
    this.owner = owner;
    this.rollEveryNanos = rollEvery.toNanos();
    boolean local = "file".equals(directory.getScheme());
    this.store = store != null ? store : local ? LOCAL : OBJECT_STORE;
    long period = Math.max(1, rollEvery.toMillis());
    this.timedRoll =
        this.store.publishesOnClose()
            ? ROLLER.scheduleWithFixedDelay(
                this::rollInBackground, period, period, TimeUnit.MILLISECONDS)
            : null;
  }

  /**
   * What earlier attempts by the same owner journaled, key → translation: a runner that retries a
   * failed bundle (Dataflow does) then pays nothing twice for the part that had been done.
   */
  public static Map<String, String> readOwn(String cacheDir, String owner) throws IOException {
    Map<String, String> earlier = new HashMap<>();
    forEachLine(
        cacheDir,
        owner + "-*",
        line ->
            JournalLine.parse(line)
                .ifPresent(entry -> earlier.putIfAbsent(entry.key(), entry.translation())));
    return earlier;
  }

  /**
   * Every line of the journals of {@code owners} (a glob: {@code *} for all) under {@code
   * cacheDir}, journal by journal; none when there is no journal yet.
   */
  static void forEachLine(String cacheDir, String owners, Consumer<String> action)
      throws IOException {
    String pattern = OutputFiles.directory(cacheDir) + PREFIX + owners + SUFFIX;
    MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK && match.status() != MatchResult.Status.NOT_FOUND) {
      throw new IOException("cannot list the cache '" + pattern + "': " + match.status());
    }
    for (MatchResult.Metadata file : match.metadata()) {
      try (BufferedReader lines =
          new BufferedReader(
              Channels.newReader(FileSystems.open(file.resourceId()), StandardCharsets.UTF_8))) {
        lines.lines().forEach(action);
      }
    }
  }

  public synchronized void append(String key, String translation) throws IOException {
    if (backgroundFailure != null) {
      IOException failure = backgroundFailure;
      backgroundFailure = null;
      throw failure;
    }
    if (channel != null && System.nanoTime() - openedAt > rollEveryNanos) {
      roll();
    }
    if (channel == null) {
      channel =
          store.create(
              directory.resolve(
                  PREFIX + owner + "-" + UUID.randomUUID() + SUFFIX,
                  StandardResolveOptions.RESOLVE_FILE));
      openedAt = System.nanoTime();
    }
    ByteBuffer bytes =
        ByteBuffer.wrap(
            (JournalLine.format(key, translation) + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** Publishes what is open, however recent: nothing paid for waits for the next translation. */
  private synchronized void rollInBackground() {
    try {
      roll();
    } catch (IOException e) {
      backgroundFailure = backgroundFailure == null ? e : backgroundFailure;
    }
  }

  private void roll() throws IOException {
    if (channel != null) {
      WritableByteChannel closing = channel;
      channel = null;
      closing.close();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (timedRoll != null) {
      timedRoll.cancel(false);
    }
    roll();
    if (backgroundFailure != null) {
      throw backgroundFailure;
    }
  }
}
