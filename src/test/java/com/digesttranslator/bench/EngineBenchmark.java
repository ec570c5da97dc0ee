package com.digesttranslator.bench;

import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Entry;
import com.digesttranslator.pipeline.DigestTranslatorOptions;
import com.digesttranslator.pipeline.JobSetup;
import com.digesttranslator.testing.LocalApertium;
import com.digesttranslator.testing.SyntheticDigests;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.provider.ApertiumTranslator;
import com.digesttranslator.translate.provider.http.HttpCaller;
import com.digesttranslator.translate.resilience.Segmenter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * What the job costs a local engine. Each run is its own JVM under {@code /usr/bin/time}, so its
 * wall time and CPU (user + sys of the whole process) are its own. The job runs as a user runs it:
 * {@code java JVM_FLAGS -jar JAR …}, with the system properties {@code job.jvm} (space-separated
 * flags) and {@code job.jar}. Run with {@code pipelines/bench.sh engine}.
 *
 * <pre>
 *   compare DIR ROUNDS N [OPTION…]  a local APY; the job (with OPTIONs) and a plain client over
 *                           the same pieces at N in flight, alternating, ROUNDS each
 *   plain ENDPOINT N DIR    the plain client: every distinct abstract of DIR/*.txt, split into the
 *                           job's sentence-bounded pieces, sent by N threads from one queue
 *   waiting N PER_SHARD [OPTION…]  the job against a fake of 1 s fixed latency: its CPU over
 *                           the phase from the first request's arrival to the last reply
 * </pre>
 */
public final class EngineBenchmark {
  private static final Path SAMPLE = Path.of("data/digests");
  private static final LanguagePair EN_ES = new LanguagePair("en", "es");

  private EngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "compare" ->
          compare(
              Path.of(args[1]),
              Integer.parseInt(args[2]),
              Integer.parseInt(args[3]),
              Arrays.copyOfRange(args, 4, args.length));
      case "plain" -> plain(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
      case "waiting" ->
          waiting(
              Integer.parseInt(args[1]),
              Integer.parseInt(args[2]),
              Arrays.copyOfRange(args, 3, args.length));
      default -> throw new IllegalArgumentException("mode: compare | plain | waiting");
    }
  }

  /** One finished child process: wall seconds and CPU seconds (user + sys) from /usr/bin/time. */
  private record Usage(double wall, double cpu) {}

  private static void compare(Path dir, int rounds, int n, String[] options) throws Exception {
    List<Usage> job = new ArrayList<>();
    List<Usage> plain = new ArrayList<>();
    try (LocalApertium apy = LocalApertium.start()) {
      warmUp(apy.endpoint(), n);
      for (int r = 0; r < rounds; r++) {
        Path out = dir.resolve("job-" + r);
        List<String> args =
            new ArrayList<>(
                List.of(
                    "--input=" + SAMPLE + "/*.txt",
                    "--output=" + out,
                    "--provider=apertium",
                    "--endpoint=" + apy.endpoint(),
                    "--targetLanguage=es",
                    "--maxConcurrentRequests=" + n));
        args.addAll(Arrays.asList(options));
        job.add(timed(dir.resolve("job-" + r + ".log"), jobCommand(args)));
        plain.add(
            timed(
                dir.resolve("plain-" + r + ".log"),
                List.of(
                    javaBinary(),
                    "-Xmx1g",
                    "-cp",
                    System.getProperty("java.class.path"),
                    EngineBenchmark.class.getName(),
                    "plain",
                    apy.endpoint(),
                    Integer.toString(n),
                    SAMPLE.toString())));
        System.err.printf("round %d: job %s, plain %s%n", r + 1, job.get(r), plain.get(r));
      }
    }
    Usage j = median(job);
    Usage p = median(plain);
    System.out.printf(
        "| run (N = %d, %d rounds, medians) | wall s | CPU s (user + sys) |%n", n, rounds);
    System.out.println("|---|---|---|");
    System.out.printf(
        "| plain client, %s | %.1f | %.1f |%n",
        lastLine(dir.resolve("plain-0.log")), p.wall(), p.cpu());
    System.out.printf(
        "| the job (`java %s -jar …`%s) | %.1f | %.1f |%n",
        System.getProperty("job.jvm"),
        options.length > 0 ? ", " + String.join(" ", options) : "",
        j.wall(),
        j.cpu());
    System.out.printf(
        "%nthroughput job / plain client = %.2f× (plain wall / job wall)%n", p.wall() / j.wall());
  }

  private static String lastLine(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return lines.get(lines.size() - 1);
  }

  /** APY starts an engine pipeline per pair on first use; no measured run should pay for that. */
  private static void warmUp(String endpoint, int n) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    List<Future<String>> replies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      replies.add(
          threads.submit(
              () -> client(endpoint).translateOne("A warm-up sentence for the engine.")));
    }
    for (Future<String> reply : replies) {
      reply.get();
    }
    threads.shutdown();
  }

  /** The job as a user launches it: the jar, with the JVM flags of {@code job.jvm}. */
  private static List<String> jobCommand(List<String> args) {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(Arrays.asList(System.getProperty("job.jvm").trim().split("\\s+")));
    command.addAll(List.of("-jar", System.getProperty("job.jar")));
    command.addAll(args);
    return command;
  }

  private static Usage timed(Path log, List<String> java) throws Exception {
    Path times = Files.createTempFile("time-", ".txt");
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", times.toString()));
    command.addAll(java);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", java) + " exited with " + exit + "; see " + log);
    }
    String[] f = Files.readString(times).trim().split("\\s+");
    Files.delete(times);
    return new Usage(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]));
  }

  private static Usage median(List<Usage> runs) {
    double[] walls = runs.stream().mapToDouble(Usage::wall).sorted().toArray();
    double[] cpus = runs.stream().mapToDouble(Usage::cpu).sorted().toArray();
    return new Usage(median(walls), median(cpus));
  }

  private static double median(double[] sorted) {
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static ApertiumTranslator client(String endpoint) {
    return new ApertiumTranslator(endpoint, EN_ES, new HttpCaller(Duration.ofSeconds(60)));
  }

  /**
   * The job sends each distinct abstract once, split at sentence ends into pieces the provider
   * accepts; this sends the same pieces with nothing around them, from one shared queue.
   */
  private static void plain(String endpoint, int n, Path dir) throws Exception {
    ConcurrentLinkedQueue<String> pieces = new ConcurrentLinkedQueue<>();
    int maxChars = jobLimits(endpoint).maxCharsPerText();
    long chars = 0;
    for (String text : distinctAbstracts(dir)) {
      pieces.addAll(Segmenter.split(text, maxChars).pieces());
      chars += text.length();
    }
    int count = pieces.size();
    ExecutorService threads = Executors.newFixedThreadPool(n);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      workers.add(
          threads.submit(
              () -> {
                ApertiumTranslator translator = client(endpoint);
                for (String piece = pieces.poll(); piece != null; piece = pieces.poll()) {
                  translator.translateOne(piece);
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    threads.shutdown();
    System.out.printf("%d pieces of ≤ %d characters (%,d characters)%n", count, maxChars, chars);
  }

  /** The job's masking translator asks for shorter pieces than the bare provider takes. */
  private static RequestLimits jobLimits(String endpoint) throws Exception {
    String[] args = {"--provider=apertium", "--endpoint=" + endpoint, "--targetLanguage=es"};
    DigestTranslatorOptions options =
        PipelineOptionsFactory.fromArgs(args).as(DigestTranslatorOptions.class);
    return JobSetup.from(options, false).limits();
  }

  private static Set<String> distinctAbstracts(Path dir) throws Exception {
    Set<String> texts = new LinkedHashSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      for (Entry entry : DigestParser.parse(file.toString(), Files.readAllBytes(file)).entries()) {
        entry.sourceSection().ifPresent(section -> texts.add(section.text()));
      }
    }
    return texts;
  }

  /**
   * The job's CPU while every shard waits on a slow provider, sampled from /proc through {@link
   * ProcessHandle} between the first request's arrival and the last reply.
   */
  private static void waiting(int n, int perShard, String[] options) throws Exception {
    Path dir = Files.createTempDirectory("bench-waiting-");
    Path in = Files.createDirectory(dir.resolve("in"));
    int abstracts = n * perShard;
    SyntheticDigests.writeWeeks(in, abstracts / 10, 10, "waiting");
    try (FixedLatencyServer server = new FixedLatencyServer(1000)) {
      File log = dir.resolve("job.log").toFile();
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--input=" + in + "/*.txt",
                  "--output=" + dir.resolve("out"),
                  "--provider=apertium",
                  "--endpoint=" + server.endpoint(),
                  "--targetLanguage=es",
                  "--maxConcurrentRequests=" + n));
      args.addAll(Arrays.asList(options));
      List<String> command = jobCommand(args);
      Process job =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
      long startNanos = 0;
      Duration startCpu = null;
      Map<String, Long> startThreads = Map.of();
      long endNanos = 0;
      Duration endCpu = null;
      Map<String, Long> endThreads = Map.of();
      while (job.isAlive() && endCpu == null) {
        Duration cpu = job.info().totalCpuDuration().orElseThrow();
        long now = System.nanoTime();
        if (startCpu == null && server.started()) {
          startCpu = cpu;
          startNanos = now;
          startThreads = ticksByThreadName(job.pid());
        } else if (startCpu != null && server.requests() >= abstracts) {
          endCpu = cpu;
          endNanos = now;
          endThreads = ticksByThreadName(job.pid());
        }
        Thread.sleep(20);
      }
      if (job.waitFor() != 0 || endCpu == null) {
        throw new IllegalStateException("the job failed or ended early; see " + log);
      }
      double wall = (endNanos - startNanos) / 1e9;
      double cpu = endCpu.minus(startCpu).toNanos() / 1e9;
      System.out.printf(
          "| N = %d, %d requests %s| %.1f | %.2f | %.1f %% | %d |%n",
          n,
          abstracts,
          String.join(" ", options) + (options.length > 0 ? " " : ""),
          wall,
          cpu,
          100 * cpu / wall,
          server.maxInFlight());
      System.err.println(
          "CPU over the waiting phase by thread (clock ticks): "
              + difference(startThreads, endThreads));
    }
  }

  /** Clock ticks (user + sys) of the process's live threads, summed by name without digits. */
  private static Map<String, Long> ticksByThreadName(long pid) throws IOException {
    Map<String, Long> ticks = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9#]+", "");
          ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
        } catch (NoSuchFileException ended) {
          // the thread ended between listing and reading
        }
      }
    }
    return ticks;
  }

  private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new TreeMap<>();
    after.forEach(
        (name, ticks) -> {
          long d = ticks - before.getOrDefault(name, 0L);
          if (d > 0) {
            delta.put(name, d);
          }
        });
    return delta;
  }
}
