package com.digesttranslator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

  /** The records of {@code out}/failures.jsonl, one per line. */
  static List<JsonNode> failures(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("failures.jsonl"))) {
      records.add(json.readTree(line));
    }
    return records;
  }

  /** A failure record as "file stage errorClass rank line", for comparing whole lists. */
  static String describe(JsonNode failure) {
    return String.join(
        " ",
        Path.of(failure.get("file").asText()).getFileName().toString(),
        failure.get("stage").asText(),
        failure.get("errorClass").asText(),
        String.valueOf(failure.get("rank")),
        String.valueOf(failure.get("line")));
  }
}
