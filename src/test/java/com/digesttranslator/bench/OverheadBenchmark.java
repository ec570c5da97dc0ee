package com.digesttranslator.bench;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.DigestRenderer;
import com.digesttranslator.digest.Language;
import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.pipeline.DigestTranslationPipeline;
import com.digesttranslator.pipeline.DigestTranslatorOptions;
import com.digesttranslator.pipeline.JobSetup;
import com.digesttranslator.pipeline.Main;
import com.digesttranslator.pipeline.cache.TranslationKey;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.provider.TranslatorConfig;
import com.digesttranslator.translate.provider.TranslatorFactory;
import com.digesttranslator.translate.quality.QualityGate;
import com.digesttranslator.translate.resilience.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The job's own cost, with translation taken out: the whole Beam job with an instant in-process
 * translator, versus a plain-Java parse → render loop over the same files. One mode per JVM, so
 * each run's peak memory (VmHWM) is its own. Run with {@code pipelines/bench.sh overhead|scale}.
 *
 * <pre>
 *   synth DIR WEEKS MIN MAX   write WEEKS synthetic weekly digests of MIN..MAX abstracts
 *   job DIR OUT N [BEAM_OPTION…]  the Beam job (Direct Runner) with an instant translator
 *   plain DIR OUT             parse, fill every target section, render, write — no Beam
 *   gate DIR ROUNDS           the quality gate alone on the job's replies, ROUNDS times over
 *   floor                     Beam's own floor: options, a two-step pipeline of three numbers, run
 * </pre>
 */
public final class OverheadBenchmark {
  private OverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    String what =
        switch (args[0]) {
          case "synth" -> synth(args);
          case "job" ->
              job(
                  Path.of(args[1]),
                  Path.of(args[2]),
                  Integer.parseInt(args[3]),
                  Arrays.copyOfRange(args, 4, args.length));
          case "plain" -> plain(Path.of(args[1]), Path.of(args[2]));
          case "gate" -> gate(Path.of(args[1]), Integer.parseInt(args[2]));
          case "floor" -> floor();
          default -> throw new IllegalArgumentException("mode: synth | job | plain | gate | floor");
        };
    // CPU as well as wall time: on a shared machine the CPU time is the steadier of the two.
    double cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis() / 1e3;
    System.out.printf(
        "%s: %.1f s, CPU %.1f s (JVM start included), peak RSS %s%n",
        what, (System.nanoTime() - started) / 1e9, cpu, peakRss());
  }

  private static String synth(String[] args) throws Exception {
    SyntheticBackfill.requireCorpus();
    SyntheticBackfill.write(
        Path.of(args[1]),
        Integer.parseInt(args[2]),
        Integer.parseInt(args[3]),
        Integer.parseInt(args[4]),
        2026);
    return "synthesised " + args[2] + " weeks";
  }

  /** Translates instantly and in process: what is left of the run time is the job itself. */
  static final class InstantTranslator implements Translator {
    @Override
    public List<String> translate(List<String> texts) {
      return texts.stream().map(t -> "[es] " + t).toList();
    }

    @Override
    public RequestLimits limits() {
      return new RequestLimits(1, 1000, 1000);
    }

    @Override
    public void checkReady() {}
  }

  private static String job(Path in, Path out, int n, String[] beamOptions) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input=" + in + "/*.txt",
                "--output=" + out,
                "--provider=apertium",
                "--targetLanguage=es",
                "--maxConcurrentRequests=" + n));
    args.addAll(List.of(beamOptions));
    DigestTranslatorOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new))
            .as(DigestTranslatorOptions.class);
    Main.tuneDirectRunner(options, args.toArray(String[]::new));
    Pipeline pipeline = Pipeline.create(options);
    TranslatorFactory instant = InstantTranslator::new;
    TranslatorConfig config = JobSetup.config(options);
    DigestTranslationPipeline.build(
        pipeline,
        options,
        new JobSetup(
            config,
            instant,
            new InstantTranslator().limits(),
            QualityGate.forTarget("es"),
            new TranslationKey(config, "")));
    pipeline.run().waitUntilFinish();
    RunCounts counts = Main.readSummary(out.toString());
    return "job (Beam, Direct Runner, N="
        + n
        + ", instant translator"
        + String.join(" ", beamOptions)
        + ") over "
        + counts.files()
        + " files, "
        + counts.abstracts()
        + " abstracts ("
        + counts.translated()
        + " translated)";
  }

  /** Same segmenting and "translation" as the job, so the two outputs must be byte-identical. */
  private static String plain(Path in, Path out) throws Exception {
    Files.createDirectories(out);
    Language spanish = Language.forCode("es");
    InstantTranslator translator = new InstantTranslator();
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      Digest digest = DigestParser.parse(file.toString(), Files.readAllBytes(file));
      Map<Integer, String> texts = new HashMap<>();
      for (int i = 0; i < digest.entries().size(); i++) {
        Segmenter.Segments pieces =
            Segmenter.split(
                digest.entries().get(i).sourceSection().orElseThrow().text(),
                translator.limits().maxCharsPerText());
        texts.put(i, pieces.join(translator.translate(pieces.pieces())));
      }
      Files.write(out.resolve(file.getFileName()), DigestRenderer.render(digest, spanish, texts));
    }
    return "plain Java loop";
  }

  /**
   * About the gate's share of the job: every source piece against the instant translator's reply
   * (the job checks what it sends, which masking may alter), timed per round; the first round
   * includes the JIT's warm-up.
   */
  private static String gate(Path in, int rounds) throws Exception {
    List<String> sources = new ArrayList<>();
    InstantTranslator translator = new InstantTranslator();
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      for (var entry : DigestParser.parse(file.toString(), Files.readAllBytes(file)).entries()) {
        sources.addAll(
            Segmenter.split(
                    entry.sourceSection().orElseThrow().text(),
                    translator.limits().maxCharsPerText())
                .pieces());
      }
    }
    List<String> replies = translator.translate(sources);
    QualityGate gate = QualityGate.forTarget("es");
    List<String> times = new ArrayList<>();
    long rejected = 0;
    for (int round = 0; round < rounds; round++) {
      long started = System.nanoTime();
      rejected = 0;
      for (int i = 0; i < sources.size(); i++) {
        rejected += gate.problem(sources.get(i), replies.get(i)).isPresent() ? 1 : 0;
      }
      times.add(String.format("%.2f s", (System.nanoTime() - started) / 1e9));
    }
    return "quality gate over "
        + sources.size()
        + " replies ("
        + rejected
        + " rejected), per round: "
        + String.join(", ", times);
  }

  /**
   * What any job on the Direct Runner costs before its first element: the options (Beam validates
   * every registered options interface), building a pipeline and running it. Three numbers through
   * one map, on the job's class path and JVM flags: the job can take no less.
   */
  private static String floor() {
    long started = System.nanoTime();
    PipelineOptions options = PipelineOptionsFactory.create();
    long created = System.nanoTime();
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply(Create.of(1, 2, 3))
        .apply(MapElements.into(TypeDescriptors.integers()).via((Integer x) -> x + 1));
    long built = System.nanoTime();
    pipeline.run().waitUntilFinish();
    long ran = System.nanoTime();
    return String.format(
        Locale.ROOT,
        "Beam's floor, Create of 3 numbers → MapElements (options %.2f s, build %.2f s, run %.2f"
            + " s)",
        (created - started) / 1e9,
        (built - created) / 1e9,
        (ran - built) / 1e9);
  }

  private static String peakRss() throws Exception {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM:"))
        .map(l -> l.substring(6).trim())
        .findFirst()
        .orElse("n/a");
  }
}
