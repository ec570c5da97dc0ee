package com.digesttranslator.translate.quality;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Language;
import com.digesttranslator.pipeline.Main;
import com.digesttranslator.testing.SyntheticDigests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A measurement, not a test: runs the whole job ({@link Main}, {@code --provider=openai
 * --targetLanguage=ko}) over digests built from the real Korean LLM translations of {@code
 * pairs.jsonl}, against {@link ReplayChatServer}, which answers each request with the recorded
 * Korean for that abstract. Prints, per abstract, the reader's label ({@code ko-llm-labels.tsv})
 * against what the job did, the confusion table, and the distribution of length ratios (Korean /
 * English, code points) of the clean translations. Run it with {@code pipelines/measure-quality.sh
 * ko}; the numbers go to docs/quality.md.
 *
 * <p>Options: {@code --pairs=JSONL} (default /work/shared/corpus/ko-llm/pairs.jsonl), {@code
 * --labels=TSV} (default src/test/resources/quality/ko-llm-labels.tsv), and any job option ({@code
 * --maxAttempts=2}), passed on. No glossary: the replayed Korean was written without one.
 */
public final class KoreanReplayMeasurement {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DEFAULT_PAIRS = Path.of("/work/shared/corpus/ko-llm/pairs.jsonl");
  private static final Path DEFAULT_LABELS =
      Path.of("src/test/resources/quality/ko-llm-labels.tsv");
  private static final int REASON_WIDTH = 150;

  /** One recorded abstract and where the built digests put it. */
  private record Pair(
      String id, String week, int rank, String title, String english, String korean) {}

  /** The reader's verdict on one translation. */
  private record Label(boolean defective, String kinds, String reason) {}

  /** What the job did with one abstract. */
  private record Outcome(
      boolean rejected, String errorClass, String message, boolean replayedAsIs) {}

  private KoreanReplayMeasurement() {}

  public static void main(String[] args) throws Exception {
    Path pairsFile = DEFAULT_PAIRS;
    Path labelsFile = DEFAULT_LABELS;
    List<String> jobOptions = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--pairs=")) {
        pairsFile = Path.of(arg.substring("--pairs=".length()));
      } else if (arg.startsWith("--labels=")) {
        labelsFile = Path.of(arg.substring("--labels=".length()));
      } else {
        jobOptions.add(arg);
      }
    }
    List<Pair> pairs = readPairs(pairsFile);
    Map<String, Label> labels = readLabels(labelsFile);
    Path work = Files.createTempDirectory("ko-replay");
    try (ReplayChatServer server =
        new ReplayChatServer(
            pairs.stream()
                .map(p -> new ReplayChatServer.Recording(p.id(), p.english(), p.korean()))
                .toList())) {
      Path in = Files.createDirectory(work.resolve("in"));
      writeDigests(in, pairs);
      Path out = work.resolve("out");
      List<String> job =
          new ArrayList<>(
              List.of(
                  "--input=" + in + "/*.txt",
                  "--output=" + out,
                  "--provider=openai",
                  "--endpoint=" + server.endpoint(),
                  "--model=replay",
                  "--targetLanguage=ko"));
      job.addAll(jobOptions);
      ByteArrayOutputStream console = new ByteArrayOutputStream();
      PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
      int exit = Main.run(job.toArray(String[]::new), print, print);
      System.out.println(
          "job: " + String.join(" ", job.subList(2, job.size())) + " → exit " + exit);
      if (exit == Main.CRASH || exit == Main.INVALID) {
        System.out.println(console.toString(StandardCharsets.UTF_8));
        return;
      }
      Map<String, Outcome> outcomes = outcomes(out, pairs);
      report(pairs, labels, outcomes, server);
    } finally {
      deleteTree(work);
    }
  }

  private static List<Pair> readPairs(Path file) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    Map<String, Integer> ranks = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = JSON.readTree(line);
      String week = row.path("week").asText();
      int rank = ranks.merge(week, 1, Integer::sum);
      pairs.add(
          new Pair(
              row.path("id").asText(),
              week,
              rank,
              row.path("title").asText(),
              row.path("abstract_en").asText(),
              row.path("abstract_ko").asText()));
    }
    return pairs;
  }

  private static Map<String, Label> readLabels(Path file) throws IOException {
    Map<String, Label> labels = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", 4);
      labels.put(cells[0], new Label(cells[1].equals("defective"), cells[2], cells[3]));
    }
    return labels;
  }

  /** One digest per week, entries in file order, as the corpus writes them. */
  private static void writeDigests(Path dir, List<Pair> pairs) throws IOException {
    Map<String, List<String>> entries = new TreeMap<>();
    for (Pair p : pairs) {
      entries
          .computeIfAbsent(p.week(), w -> new ArrayList<>())
          .add(
              "--- "
                  + p.rank()
                  + ". "
                  + p.title()
                  + " ---\n"
                  + "Link: https://huggingface.co/papers/"
                  + p.id()
                  + "\n\n"
                  + "## Abstract (Original)\n"
                  + p.english()
                  + "\n\n");
    }
    for (Map.Entry<String, List<String>> week : entries.entrySet()) {
      Files.writeString(
          dir.resolve(week.getKey() + ".txt"),
          SyntheticDigests.digest(week.getKey(), week.getValue().toArray(String[]::new)),
          StandardCharsets.UTF_8);
    }
  }

  /** Rejected: in failures.jsonl; accepted: its Korean section in the written digest. */
  private static Map<String, Outcome> outcomes(Path out, List<Pair> pairs) throws IOException {
    Map<String, JsonNode> failures = new HashMap<>();
    Path failuresFile = out.resolve("failures.jsonl");
    if (Files.exists(failuresFile)) {
      for (String line : Files.readAllLines(failuresFile, StandardCharsets.UTF_8)) {
        JsonNode failure = JSON.readTree(line);
        failures.put(failure.path("week").asText() + "#" + failure.path("rank").asInt(), failure);
      }
    }
    Map<String, Digest> digests = new HashMap<>();
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Pair p : pairs) {
      JsonNode failure = failures.get(p.week() + "#" + p.rank());
      if (failure != null) {
        outcomes.put(
            p.id(),
            new Outcome(
                true,
                failure.path("errorClass").asText(),
                failure.path("message").asText(),
                false));
        continue;
      }
      Digest digest =
          digests.computeIfAbsent(p.week(), w -> parse(out.resolve("digests/" + w + ".txt")));
      String written =
          digest
              .entries()
              .get(p.rank() - 1)
              .sectionIn(Language.forCode("ko"))
              .map(s -> s.text())
              .orElse("");
      outcomes.put(p.id(), new Outcome(false, "", "", squash(written).equals(squash(p.korean()))));
    }
    return outcomes;
  }

  private static String squash(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static Digest parse(Path file) {
    try {
      return DigestParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the job's output " + file + ": " + e, e);
    }
  }

  private static void report(
      List<Pair> pairs,
      Map<String, Label> labels,
      Map<String, Outcome> outcomes,
      ReplayChatServer server) {
    int[][] table = new int[2][2];
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Pair p : pairs) {
      Label label = labels.get(p.id());
      if (label == null) {
        throw new IllegalStateException("no label for " + p.id() + " in the labels file");
      }
      Outcome o = outcomes.get(p.id());
      table[label.defective() ? 0 : 1][o.rejected() ? 0 : 1]++;
      for (String kind : label.kinds().split(",")) {
        int[] counts =
            byKind.computeIfAbsent(label.defective() ? kind : "(clean)", k -> new int[2]);
        counts[o.rejected() ? 0 : 1]++;
      }
      String what =
          o.rejected()
              ? o.errorClass() + ": " + shorten(o.message())
              : "accepted"
                  + (o.replayedAsIs()
                      ? " as recorded"
                      : " (protected spans put back where the recording had them otherwise)");
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-10s %-9s %-34s %s  [%d requests]%s",
              p.id(),
              label.defective() ? "defective" : "clean",
              label.kinds(),
              what,
              server.requestsFor(p.id()),
              alsoFiring(p)));
    }
    System.out.println();
    System.out.println("per abstract (reader's label, kinds → what the job did):");
    lines.forEach(System.out::println);
    System.out.println();
    System.out.println("confusion table (rows: reader's label; columns: the job):");
    System.out.printf(Locale.ROOT, "  %-10s %9s %9s%n", "", "rejected", "accepted");
    System.out.printf(Locale.ROOT, "  %-10s %9d %9d%n", "defective", table[0][0], table[0][1]);
    System.out.printf(Locale.ROOT, "  %-10s %9d %9d%n", "clean", table[1][0], table[1][1]);
    System.out.println("per defect kind (an abstract counts under each of its kinds):");
    byKind.forEach(
        (kind, c) ->
            System.out.printf(Locale.ROOT, "  %-16s %d rejected, %d accepted%n", kind, c[0], c[1]));
    System.out.printf(
        Locale.ROOT,
        "replay: %d placeholders found verbatim in the recorded Korean,"
            + " %d put by position, %d requests unmatched%n",
        server.placedVerbatim(),
        server.placedByPosition(),
        server.unmatched());
    System.out.println();
    ratios(
        "clean translations", pairs.stream().filter(p -> !labels.get(p.id()).defective()).toList());
    ratios(
        "all translations without dropped or repeated content",
        pairs.stream()
            .filter(p -> !labels.get(p.id()).kinds().matches(".*(dropped|repetition).*"))
            .toList());
  }

  /**
   * The checks besides the first that also reject the whole recorded translation, run directly
   * (unmasked, not split): how much each defect is caught by more than one rule.
   */
  private static String alsoFiring(Pair p) {
    String en = p.english().strip();
    String ko = p.korean().strip();
    double ratio = (double) ko.codePoints().count() / en.codePoints().count();
    TargetProfile korean = TargetProfile.of("ko");
    Map<String, Boolean> checks = new LinkedHashMap<>();
    checks.put("foreign script", ForeignScript.find(en, ko, korean.ownScripts(), "ko").isPresent());
    checks.put("too long", ratio > korean.maxLengthRatio());
    checks.put("repetition", Repetition.find(en, ko).isPresent());
    checks.put("echo", SourceEcho.find(en, ko).isPresent());
    checks.put("too short", ratio < korean.minRatioFor((int) en.codePoints().count()));
    checks.put("figures", DroppedFigures.find(en, ko).isPresent());
    checks.put("scale", ScaledFigures.find(en, ko, "ko").isPresent());
    List<String> firing =
        checks.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    return firing.isEmpty() ? "" : "  {" + String.join(", ", firing) + "}";
  }

  private static void ratios(String what, List<Pair> pairs) {
    double[] r =
        pairs.stream()
            .mapToDouble(
                p ->
                    (double) p.korean().strip().codePoints().count()
                        / p.english().strip().codePoints().count())
            .sorted()
            .toArray();
    double mean = Arrays.stream(r).average().orElse(0);
    double sd =
        Math.sqrt(
            Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, r.length - 1));
    System.out.printf(
        Locale.ROOT,
        "length ratio ko/en, %s (n=%d): min %.3f, p10 %.3f, p25 %.3f,"
            + " median %.3f, p75 %.3f, p90 %.3f, max %.3f; mean %.3f, sd %.3f%n",
        what,
        r.length,
        r[0],
        pct(r, 10),
        pct(r, 25),
        pct(r, 50),
        pct(r, 75),
        pct(r, 90),
        r[r.length - 1],
        mean,
        sd);
  }

  /** Percentile by linear interpolation between closest ranks. */
  private static double pct(double[] sorted, int p) {
    double at = p / 100.0 * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
  }

  private static String shorten(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= REASON_WIDTH ? line : line.substring(0, REASON_WIDTH - 1) + "…";
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
