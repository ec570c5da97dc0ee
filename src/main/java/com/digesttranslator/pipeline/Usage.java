package com.digesttranslator.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.util.ReleaseInfo;

/** What {@code --help} (or {@code -h}) and {@code --version} print. */
final class Usage {

  static final String JAR = "java -jar target/digest-translator.jar";

  private Usage() {}

  /** The usage line, two examples and the exit codes, then every option with its default. */
  static void printHelp(PrintStream out) {
    out.println(
        "Usage: "
            + JAR
            + " --input=GLOBS --output=DIR [--cacheDir=DIR]"
            + " [--provider=NAME] [OPTION...]");
    out.println();
    out.println("Translates the abstracts of weekly research-paper digests; see README.md.");
    out.println();
    out.println("Examples:");
    out.println("  " + JAR + " --input='data/digests/*.txt' --output=out/run \\");
    out.println("      --cacheDir=out/cache --provider=apertium --targetLanguage=es");
    out.println(
        "  DEEPL_API_KEY=... " + JAR + " --input='digests/2026-*.txt' --output=out/2026 \\");
    out.println(
        "      --cacheDir=out/cache --provider=deepl --apiKeyEnv=DEEPL_API_KEY"
            + " --weeks=2026-W01..2026-W10 --formats=txt,md,json");
    out.println();
    out.println("Exit codes:");
    out.println("  0  everything translated (or reused)");
    out.println(
        "  3  finished, but some abstracts or files were not translated:"
            + " see OUTPUT/failures.jsonl");
    out.println(
        "  2  invalid options, no input file, or an unusable provider;"
            + " nothing was translated");
    out.println("  1  crash (a bug): the stack trace is on stderr");
    out.println();
    out.println("Options (any Beam option, such as --runner, applies too):");
    out.println();
    PipelineOptionsFactory.printHelp(out, DigestTranslatorOptions.class);
  }

  /** {@code digest-translator 0.1.0 (Apache Beam 2.73.0, Java 17.0.2)}. */
  static String version() {
    return "digest-translator "
        + ownVersion()
        + " (Apache Beam "
        + ReleaseInfo.getReleaseInfo().getVersion()
        + ", Java "
        + Runtime.version()
        + ")";
  }

  private static String ownVersion() {
    Properties properties = new Properties();
    try (InputStream in = Usage.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
