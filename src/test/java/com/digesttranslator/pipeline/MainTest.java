package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.digesttranslator.testing.FaultyApertiumServer;
import com.digesttranslator.testing.SyntheticDigests;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line, before any translation starts. */
class MainTest {

  @Test
  void helpListsEveryOptionWithItsDefault() {
    JobRun run = JobRun.of("--help");

    assertThat(run.exit(), is(Main.OK));
    for (String option :
        new String[] {
          "--input",
          "--output",
          "--provider",
          "--endpoint",
          "--sourceLanguage",
          "--targetLanguage",
          "--maxConcurrentRequests",
          "--maxAttempts",
          "--requestTimeoutSeconds",
          "--model",
          "--apiKeyEnv",
          "--apiKeyFile",
          "--apiKeySecret",
          "--glossary",
          "--promptFile",
          "--keepTerms",
          "--cacheDir",
          "--weeks",
          "--dryRun",
          "--pricePerMillionChars",
          "--formats"
        }) {
      assertThat(run.stdout(), containsString(option + "="));
    }
    assertThat(
        run.stdout(),
        allOf(containsString("Translation provider, required"), containsString("Default: 4")));
  }

  @Test
  void helpStartsWithUsageExamplesAndExitCodes() {
    JobRun run = JobRun.of("--help");

    assertThat(run.exit(), is(Main.OK));
    List<String> lines = run.stdout().lines().toList();
    assertThat(
        lines.get(0),
        startsWith(
            "Usage: java -jar target/digest-translator.jar --input=GLOBS" + " --output=DIR"));
    int examples = lines.indexOf("Examples:");
    int exitCodes = lines.indexOf("Exit codes:");
    int options = lines.indexOf("Options (any Beam option, such as --runner, applies too):");
    assertThat(0 < examples && examples < exitCodes && exitCodes < options, is(true));
    assertThat(
        lines.subList(examples, exitCodes).stream()
            .filter(l -> l.contains("java -jar") && l.contains("--input="))
            .count(),
        is(2L));
    assertThat(
        String.join("\n", lines.subList(exitCodes, options)),
        allOf(
            containsString("  0  "),
            containsString("  1  "),
            containsString("  2  "),
            containsString("  3  ")));
  }

  @Test
  void shortHelpIsTheSameAsHelp() {
    JobRun shortForm = JobRun.of("-h");

    assertThat(shortForm.exit(), is(Main.OK));
    assertThat(shortForm.stdout(), is(JobRun.of("--help").stdout()));
    assertThat(shortForm.stderr(), is(""));
  }

  @Test
  void versionNamesThisBuildAndBeam() throws Exception {
    JobRun run = JobRun.of("--version");

    String pom = Files.readString(Path.of("pom.xml"));
    Matcher own =
        Pattern.compile("<artifactId>digest-translator</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    Matcher beam = Pattern.compile("<beam.version>([^<]+)</beam.version>").matcher(pom);
    assertThat(own.find() && beam.find(), is(true));
    assertThat(run.exit(), is(Main.OK));
    assertThat(
        run.stdout(),
        startsWith(
            "digest-translator " + own.group(1) + " (Apache Beam " + beam.group(1) + ", Java "));
  }

  @Test
  void anUnknownFormatIsAnInvalidOption(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    JobRun run =
        JobRun.of(JobRun.args(in, dir.resolve("out"), "http://127.0.0.1:9", "--formats=txt,html"));

    assertThat(run.exit(), is(Main.INVALID));
    assertThat(
        run.stderr(), containsString("--formats: unknown format 'html'; use txt, md or json"));
    assertThat(Files.exists(dir.resolve("out")), is(false));
  }

  @Test
  void anUnreachableProviderExitsTwoAndSaysHowToStartApertium(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    JobRun run = JobRun.of(JobRun.args(in, dir.resolve("out"), "http://127.0.0.1:" + closedPort()));

    assertThat(run.exit(), is(Main.INVALID));
    assertThat(
        run.stderr(),
        allOf(
            containsString("apt-get install -y apertium apertium-eng-spa apertium-apy"),
            containsString("apertium-apy -p 2737")));
    assertThat(Files.exists(dir.resolve("out")), is(false));
  }

  @Test
  void anUnsupportedLanguagePairExitsTwoAndListsThePairs(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    try (FaultyApertiumServer server = FaultyApertiumServer.start(0, 0, 1000, 1)) {
      JobRun run =
          JobRun.of(
              "--input=" + in + "/*.txt",
              "--output=" + dir.resolve("out"),
              "--provider=apertium",
              "--endpoint=" + server.endpoint(),
              "--targetLanguage=ko");

      assertThat(run.exit(), is(Main.INVALID));
      assertThat(
          run.stderr(),
          allOf(
              containsString("cannot translate en -> ko"),
              containsString("eng|spa"),
              containsString("Providers that translate en -> ko (Korean):"),
              containsString("--provider=deepl --apiKeyEnv=DEEPL_API_KEY --targetLanguage=ko"),
              not(containsString("--provider=apertium --endpoint"))));
    }
  }

  private static final String JAR = "java -jar target/digest-translator.jar";

  @Test
  void theDefaultsAloneStartNothingAndListTheProvidersForKoreanWithReadyCommands(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    Path out = dir.resolve("out");

    JobRun run = JobRun.of("--input=" + in + "/*.txt", "--output=" + out);

    assertThat(run.exit(), is(Main.INVALID));
    String korean = " --targetLanguage=ko --glossary=data/glossary/en-ko.tsv --cacheDir=cache/ko\n";
    String start = "    " + JAR + " --input='" + in + "/*.txt' --output=" + out;
    assertThat(
        run.stderr(),
        allOf(
            containsString("--provider is required, and has no default"),
            containsString("Providers that translate en -> ko (Korean):\n"),
            containsString(start + " --provider=deepl --apiKeyEnv=DEEPL_API_KEY" + korean),
            containsString(
                start
                    + " --provider=openai --model=gpt-4o-mini --apiKeyEnv=OPENAI_API_KEY"
                    + korean),
            containsString(
                start
                    + " --provider=openai --endpoint=http://localhost:11434"
                    + " --model=gemma3:12b --maxConcurrentRequests=1 --requestTimeoutSeconds=300"
                    + korean),
            containsString(start + " --provider=google --apiKeyEnv=GOOGLE_API_KEY" + korean),
            containsString(start + " --provider=google-v3 --model=YOUR_GCP_PROJECT" + korean),
            containsString(start + " --provider=papago --apiKeyEnv=PAPAGO_CREDENTIALS" + korean),
            containsString(
                "Only if the provider offers en -> ko (its start-up check asks it):\n"
                    + "  libretranslate: LibreTranslate on this machine\n"
                    + "    libretranslate --load-only en,ko\n"
                    + start
                    + " --provider=libretranslate --endpoint=http://localhost:5000"
                    + korean)));
    assertThat(Files.exists(out), is(false));
  }

  @Test
  void aPairTheProviderDoesNotHaveIsRefusedBeforeAnyRequestEvenInADryRun(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    Path out = dir.resolve("out");

    JobRun run =
        JobRun.of(
            "--input=" + in + "/*.txt",
            "--output=" + out,
            "--provider=papago",
            "--apiKeyEnv=PAPAGO_CREDENTIALS",
            "--targetLanguage=fi",
            "--cacheDir=gs://b/cache",
            "--dryRun");

    assertThat(run.exit(), is(Main.INVALID));
    String start = "    " + JAR + " --input='" + in + "/*.txt' --output=" + out;
    assertThat(
        run.stderr(),
        allOf(
            containsString("papago does not translate en -> fi (Finnish). Providers that do:\n"),
            containsString(
                start
                    + " --provider=deepl --apiKeyEnv=DEEPL_API_KEY --targetLanguage=fi"
                    + " --cacheDir=gs://b/cache\n"),
            containsString(
                start + " --provider=google --apiKeyEnv=GOOGLE_API_KEY --targetLanguage=fi"),
            not(containsString("--provider=papago"))));
    assertThat(Files.exists(out), is(false));
  }

  @Test
  void inputThatMatchesNothingOrCollidesIsAnInvalidOption(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/2025-W01.txt"), SyntheticDigests.digest("2025-W01"));
    Files.writeString(dir.resolve("b/2025-W01.txt"), SyntheticDigests.digest("2025-W01"));

    JobRun none =
        JobRun.of(
            "--input=" + dir + "/nothing-*.txt",
            "--output=" + dir.resolve("out"),
            "--provider=apertium");
    JobRun twice =
        JobRun.of(
            "--input=" + dir + "/a/*.txt," + dir + "/b/*.txt",
            "--output=" + dir.resolve("out"),
            "--provider=apertium");

    assertThat(none.exit(), is(Main.INVALID));
    assertThat(none.stderr(), containsString("no file matches"));
    assertThat(twice.exit(), is(Main.INVALID));
    assertThat(twice.stderr(), containsString("have the same file name"));
  }

  @Test
  void badOptionValuesAreInvalidOptions(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    Path glossary = dir.resolve("bad.tsv");
    Files.writeString(glossary, "# terms\nreinforcement learning\tRL\nno tab on this line\n");
    String input = "--input=" + in + "/*.txt";
    String output = "--output=" + dir.resolve("out");
    String apertium = "--provider=apertium";

    assertThat(JobRun.of(input, output, apertium, "--targetLanguage=xx").exit(), is(Main.INVALID));
    assertThat(
        JobRun.of(input, output, apertium, "--maxConcurrentRequests=0").stderr(),
        containsString("out of range"));
    assertThat(
        JobRun.of(input, output, apertium, "--maxFileBytes=0").stderr(),
        containsString("--maxFileBytes=0 is out of range"));
    assertThat(
        JobRun.of(input, output, apertium, "--maxAbstractChars=-5").stderr(),
        containsString("--maxAbstractChars=-5 is out of range"));
    assertThat(
        JobRun.of(input, output, "--provider=babelfish").stderr(),
        containsString("unknown provider"));
    assertThat(JobRun.of(input, output, apertium, "--apiKey=sk-123").exit(), is(Main.INVALID));
    JobRun badGlossary = JobRun.of(input, output, apertium, "--glossary=" + glossary, "--dryRun");
    assertThat(badGlossary.exit(), is(Main.INVALID));
    assertThat(badGlossary.stderr(), containsString(glossary + ":3"));
  }

  @Test
  void aKeyPassedAsAnOptionByMistakeIsNeverEchoed(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SyntheticDigests.writeWeeks(in, 1, 1, "");
    JobRun run =
        JobRun.of(
            "--input=" + in + "/*.txt",
            "--output=" + dir.resolve("out"),
            "--provider=deepl",
            "--apiKey=sk-very-secret");

    assertThat(run.exit(), is(Main.INVALID));
    assertThat(
        run.stderr().contains("sk-very-secret") || run.stdout().contains("sk-very-secret"),
        is(false));
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
