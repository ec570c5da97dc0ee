package com.digesttranslator.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs {@link Main} in-process with captured output, for tests of the whole job. */
record JobRun(int exit, String stdout, String stderr) {

  static JobRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new JobRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Apertium-provider arguments for {@code in/*.txt} → {@code out}, plus {@code extra}. */
  static String[] args(Path in, Path out, String endpoint, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input=" + in + "/*.txt",
                "--output=" + out,
                "--provider=apertium",
                "--endpoint=" + endpoint,
                "--targetLanguage=es"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  /** File names under {@code dir}, sorted; empty when it does not exist. */
  static List<String> names(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
