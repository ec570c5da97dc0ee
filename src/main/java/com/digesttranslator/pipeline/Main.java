package com.digesttranslator.pipeline;

import com.digesttranslator.digest.Language;
import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.pipeline.io.OutputFiles;
import com.digesttranslator.pipeline.io.OutputLayout;
import com.digesttranslator.publish.OutputFormat;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.ProviderSetupException;
import com.digesttranslator.translate.UnsupportedLanguageException;
import com.digesttranslator.translate.provider.LanguageSupport;
import com.digesttranslator.translate.resilience.CircuitBreaker;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PipelineOptionsValidator;

/**
 * Command-line entry point. Validates options and the provider before any work starts, tunes the
 * Direct Runner, runs the job and turns the outcome into an exit code: 0 all translated, 3 finished
 * with failures, 2 invalid options or unusable provider, 1 crash.
 */
public final class Main {
  public static final int OK = 0;
  public static final int CRASH = 1;
  public static final int INVALID = 2;
  public static final int FAILURES = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Usage problems found before the job starts; the message says what to change. */
  static final class InvalidOptionsException extends Exception {
    InvalidOptionsException(String message) {
      super(message);
    }
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    PipelineOptionsFactory.register(DigestTranslatorOptions.class);
    List<String> arguments = Arrays.asList(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      Usage.printHelp(out);
      return OK;
    }
    if (arguments.contains("--version")) {
      out.println(Usage.version());
      return OK;
    }
    DigestTranslatorOptions options;
    JobSetup setup;
    try {
      options = parse(args);
      checkInputs(options);
      setup = setUp(options);
    } catch (InvalidOptionsException
        | IllegalArgumentException
        | ProviderSetupException
        | IOException e) {
      err.println("digest-translator: " + e.getMessage());
      return INVALID;
    }
    try {
      tuneDirectRunner(options, args);
      return execute(options, setup, out);
    } catch (Exception | Error e) {
      err.println("digest-translator: crashed: " + e);
      e.printStackTrace(err);
      return CRASH;
    }
  }

  private static DigestTranslatorOptions parse(String[] args) throws InvalidOptionsException {
    DigestTranslatorOptions options =
        PipelineOptionsFactory.fromArgs(args).as(DigestTranslatorOptions.class);
    options.setWeeks(WeekSelection.resolve(options.getWeeks(), LocalDate.now(ZoneOffset.UTC)));
    options.setCommandLine(RetryCommand.of(args, options));
    Language.forCode(options.getSourceLanguage());
    Language.forCode(options.getTargetLanguage());
    checkProvider(options);
    PipelineOptionsValidator.validateCli(DigestTranslatorOptions.class, options);
    requireRange("maxConcurrentRequests", options.getMaxConcurrentRequests(), 1, 1024);
    requireRange("maxAttempts", options.getMaxAttempts(), 1, 100);
    requireRange("requestTimeoutSeconds", options.getRequestTimeoutSeconds(), 1, 3600);
    requireRange("maxFileBytes", options.getMaxFileBytes(), 1, Integer.MAX_VALUE);
    requireRange("maxAbstractChars", options.getMaxAbstractChars(), 1, Integer.MAX_VALUE);
    WeekSelection.parse(options.getWeeks());
    OutputFormat.parseList(options.getFormats());
    FileSystems.setDefaultPipelineOptions(options);
    return options;
  }

  /**
   * A run must name a provider that can translate the pair; otherwise the message lists those that
   * can, with a command for each. There is no default provider: every one that translates into
   * Korean needs a key, a model or a server of the user's, so no default could just work.
   */
  private static void checkProvider(DigestTranslatorOptions options)
      throws InvalidOptionsException {
    ProviderMenu menu = new ProviderMenu(options);
    String provider = options.getProvider();
    if (provider == null || provider.isBlank()) {
      throw new InvalidOptionsException(
          "--provider is required, and has no default: each"
              + " provider needs a key, a model or a server of yours. Providers that translate "
              + menu.pairName()
              + ":\n"
              + menu.text(null));
    }
    LanguagePair pair = new LanguagePair(options.getSourceLanguage(), options.getTargetLanguage());
    if (LanguageSupport.of(provider, pair) == LanguageSupport.NONE) {
      throw new InvalidOptionsException(
          provider
              + " does not translate "
              + menu.pairName()
              + ". Providers that do:\n"
              + menu.text(provider));
    }
  }

  /** A provider that answers that it lacks the pair: the message lists those that have it. */
  private static JobSetup setUp(DigestTranslatorOptions options)
      throws ProviderSetupException, IOException {
    try {
      return JobSetup.from(options, !options.getDryRun());
    } catch (UnsupportedLanguageException e) {
      ProviderMenu menu = new ProviderMenu(options);
      throw new ProviderSetupException(
          e.getMessage()
              + "\nProviders that translate "
              + menu.pairName()
              + ":\n"
              + menu.text(options.getProvider()));
    }
  }

  private static void requireRange(String name, int value, int min, int max)
      throws InvalidOptionsException {
    if (value < min || value > max) {
      throw new InvalidOptionsException(
          "--" + name + "=" + value + " is out of range [" + min + ", " + max + "]");
    }
  }

  /**
   * Every glob must match a file, and no two inputs may share a name (their outputs would collide).
   */
  private static void checkInputs(DigestTranslatorOptions options) throws InvalidOptionsException {
    List<String> globs = CommaSeparated.items(options.getInput());
    if (globs.isEmpty()) {
      throw new InvalidOptionsException("--input is empty");
    }
    Map<String, String> byName = new HashMap<>();
    for (String glob : globs) {
      MatchResult match;
      try {
        match = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
        if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
          throw new InvalidOptionsException("--input: no file matches '" + glob + "'");
        }
        for (MatchResult.Metadata file : match.metadata()) {
          String path = file.resourceId().toString();
          String previous = byName.putIfAbsent(file.resourceId().getFilename(), path);
          if (previous != null && !previous.equals(path)) {
            throw new InvalidOptionsException(
                "--input: "
                    + previous
                    + " and "
                    + path
                    + " have the same file name; their translated digests would overwrite each"
                    + " other");
          }
        }
      } catch (IOException e) {
        throw new InvalidOptionsException("--input: cannot list '" + glob + "': " + e.getMessage());
      }
    }
  }

  private static int execute(DigestTranslatorOptions options, JobSetup setup, PrintStream out)
      throws IOException {
    Pipeline pipeline = Pipeline.create(options);
    DigestTranslationPipeline.build(pipeline, options, setup);
    PipelineResult result = pipeline.run();
    String template = options.as(TemplateOptions.class).getTemplateLocation();
    if (options.getRunner() != DirectRunner.class && template != null && !template.isBlank()) {
      // Only a job spec exists (the Flex Template launcher asks for this too): nothing ran, so
      // there is no summary.
      out.println(
          "Job spec written to " + template + "; the job runs when it is launched from there.");
      return OK;
    }
    PipelineResult.State state = result.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended in state " + state);
    }
    if (options.getDryRun()) {
      out.print(readText(OutputFiles.file(options.getOutput(), OutputLayout.DRY_RUN)));
      out.println("Dry run: nothing was sent to the provider and no digest was written.");
      return OK;
    }
    RunCounts counts = readSummary(options.getOutput());
    printSummary(options, out);
    return counts.hasFailures() ? FAILURES : OK;
  }

  private static String readText(ResourceId file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Direct Runner settings that change nothing but speed and CPU; an option given explicitly wins.
   * The runner runs bundles and its own driver loop on one pool of targetParallelism threads, and
   * the driver re-submits itself at once while any bundle is outstanding: every idle thread spins.
   * Each shard is its own keyed bundle, so N threads still run the N shards at once, and while all
   * of them wait on the provider the driver has no thread left to spin on (measured in
   * docs/benchmarks.md). The immutability and encodability checks re-encode every element after
   * every step; the tests keep them on (TestPipeline), where they prove the DoFns never mutate
   * their inputs and every coder round-trips.
   */
  public static void tuneDirectRunner(DigestTranslatorOptions options, String[] args) {
    if (options.getRunner() == DirectRunner.class) {
      DirectOptions direct = options.as(DirectOptions.class);
      if (!given(args, "targetParallelism")) {
        direct.setTargetParallelism(options.getMaxConcurrentRequests());
      }
      if (!given(args, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!given(args, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
    }
  }

  private static boolean given(String[] args, String option) {
    String flag = "--" + option;
    return Arrays.stream(args).anyMatch(a -> a.equals(flag) || a.startsWith(flag + "="));
  }

  public static RunCounts readSummary(String output) throws IOException {
    try (InputStream in =
        Channels.newInputStream(FileSystems.open(OutputFiles.file(output, OutputLayout.SUMMARY)))) {
      return new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .readValue(in, RunCounts.class);
    }
  }

  private static void printSummary(DigestTranslatorOptions options, PrintStream out)
      throws IOException {
    out.print(readText(OutputFiles.file(options.getOutput(), OutputLayout.CONSOLE_SUMMARY)));
    CircuitBreaker breaker = CircuitBreaker.forRun(options.getRunId());
    if (breaker.isOpen()) {
      out.println("Stopped calling the provider: " + breaker.rejection().getMessage());
    }
  }
}
