package com.digesttranslator.pipeline.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written whole or not at all, and leave nothing behind. */
class OutputFilesTest {

  @TempDir Path dir;

  @Test
  void aWriteThatFailsHalfWayLeavesTheFileAsItWasAndNoTemporaryFile() throws Exception {
    Path digest = Files.createDirectories(dir.resolve("digests")).resolve("2025-W01.txt");
    Files.writeString(digest, "the user's only copy\n");

    IOException full =
        assertThrows(
            IOException.class,
            () ->
                OutputFiles.write(
                    OutputFiles.digest(dir.toString(), "2025-W01.txt"),
                    "text/plain",
                    out -> {
                      out.write("half of the new dig".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }));

    assertThat(full.getMessage(), is("No space left on device"));
    assertThat(Files.readString(digest), is("the user's only copy\n"));
    assertThat(names(dir.resolve("digests")), contains("2025-W01.txt"));
  }

  @Test
  void aWriteReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
    Files.writeString(dir.resolve("summary.json"), "{\"files\": 99, \"from\": \"a longer run\"}\n");

    OutputFiles.write(
        OutputFiles.file(dir.toString(), OutputLayout.SUMMARY),
        "{}\n".getBytes(StandardCharsets.UTF_8),
        "application/json");

    assertThat(Files.readString(dir.resolve("summary.json")), is("{}\n"));
    assertThat(names(dir), contains("summary.json"));
  }

  @Test
  void temporaryFilesOfAKilledRunAreRemovedAndNothingElse() throws Exception {
    Path digests = Files.createDirectories(dir.resolve("digests"));
    Files.writeString(digests.resolve(".2025-W01.txt.0b7e4d1c.partial"), "half");
    Files.writeString(dir.resolve(".summary.json.5f1a.partial"), "{");
    Files.writeString(digests.resolve("2025-W01.txt"), "digest");
    Files.writeString(dir.resolve("notes.partial"), "the user's");

    OutputFiles.removeTemporaries(dir.toString());

    assertThat(names(digests), contains("2025-W01.txt"));
    assertThat(names(dir), containsInAnyOrder("digests", "notes.partial"));
  }

  @Test
  void removingTemporariesOfAnOutputThatDoesNotExistYetIsNoError() throws Exception {
    OutputFiles.removeTemporaries(dir.resolve("new-output").toString());

    assertThat(Files.exists(dir.resolve("new-output")), is(false));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
