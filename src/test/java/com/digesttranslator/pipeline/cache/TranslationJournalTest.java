package com.digesttranslator.pipeline.cache;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationJournalTest {

  /** An object store in memory: a file's lines are visible only once its channel is closed. */
  private static final class FakeObjectStore implements TranslationJournal.Store {
    final List<FakeFile> files = new CopyOnWriteArrayList<>();
    final boolean failOnClose;

    FakeObjectStore(boolean failOnClose) {
      this.failOnClose = failOnClose;
    }

    @Override
    public WritableByteChannel create(ResourceId file) {
      FakeFile created = new FakeFile(failOnClose);
      files.add(created);
      return created;
    }

    @Override
    public boolean publishesOnClose() {
      return true;
    }

    String published() {
      StringBuilder all = new StringBuilder();
      files.stream()
          .filter(f -> f.published)
          .forEach(f -> all.append(f.bytes.toString(StandardCharsets.UTF_8)));
      return all.toString();
    }
  }

  private static final class FakeFile implements WritableByteChannel {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final boolean failOnClose;
    volatile boolean published;
    private volatile boolean open = true;

    FakeFile(boolean failOnClose) {
      this.failOnClose = failOnClose;
    }

    @Override
    public int write(ByteBuffer src) {
      int n = src.remaining();
      byte[] chunk = new byte[n];
      src.get(chunk);
      bytes.write(chunk, 0, n);
      return n;
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() throws IOException {
      open = false;
      if (failOnClose) {
        throw new IOException("upload failed: 503 from the object store");
      }
      published = true;
    }
  }

  private static void awaitClosed(FakeObjectStore store) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (store.files.get(0).isOpen() && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
  }

  /** A stall after a paid translation must not keep it unpublished until the next one arrives. */
  @Test
  void onAnObjectStoreATranslationIsPublishedOnTimeWithoutAnotherAppend(@TempDir Path dir)
      throws Exception {
    FakeObjectStore store = new FakeObjectStore(false);
    try (TranslationJournal journal =
        new TranslationJournal(dir.toString(), "run-s0", Duration.ofMillis(50), store)) {
      journal.append("key-1", "traducción");

      awaitClosed(store);

      assertThat(store.published(), is("{\"k\":\"key-1\",\"t\":\"traducción\"}\n"));
      journal.append("key-2", "otra");
    }
    assertThat(store.files, hasSize(2));
    assertThat(store.published(), containsString("key-2"));
  }

  @Test
  void aRollThatFailedInTheBackgroundIsReportedByTheNextAppend(@TempDir Path dir) throws Exception {
    FakeObjectStore store = new FakeObjectStore(true);
    TranslationJournal journal =
        new TranslationJournal(dir.toString(), "run-s0", Duration.ofMillis(50), store);
    journal.append("key-1", "traducción");
    awaitClosed(store);

    IOException e = assertThrows(IOException.class, () -> journal.append("key-2", "otra"));

    assertThat(e.getMessage(), containsString("upload failed"));
    journal.close();
  }

  @Test
  void aRollThatFailedWithNoLaterAppendIsReportedByClose(@TempDir Path dir) throws Exception {
    FakeObjectStore store = new FakeObjectStore(true);
    TranslationJournal journal =
        new TranslationJournal(dir.toString(), "run-s0", Duration.ofMillis(50), store);
    journal.append("key-1", "traducción");
    awaitClosed(store);

    assertThrows(IOException.class, journal::close);
  }

  @Test
  void onALocalDiskEachLineIsInTheFileAtOnceAndReadBackByItsOwner(@TempDir Path dir)
      throws Exception {
    try (TranslationJournal journal =
        new TranslationJournal(dir.toString(), "run-s3", Duration.ofSeconds(30))) {
      journal.append("key-1", "uno");
      try (var files = Files.list(dir)) {
        assertThat(
            Files.readString(files.findFirst().orElseThrow()),
            is("{\"k\":\"key-1\",\"t\":\"uno\"}\n"));
      }
    }
    assertThat(TranslationJournal.readOwn(dir.toString(), "run-s3"), is(Map.of("key-1", "uno")));
    assertThat(TranslationJournal.readOwn(dir.toString(), "run-s4"), is(Map.of()));
  }

  @Test
  void aCacheDirectoryThatCannotBeCreatedFailsTheAppend(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    String cacheDir = file.resolve("cache").toString();
    try (TranslationJournal journal =
        new TranslationJournal(cacheDir, "run-s0", Duration.ofSeconds(30))) {
      assertThrows(IOException.class, () -> journal.append("key-1", "uno"));
    }
  }
}
