package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Entry;
import com.digesttranslator.digest.Language;
import com.digesttranslator.digest.Section;
import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.testing.LocalApertium;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job, through {@link Main}, against a real Apertium engine over the bundled real weeks.
 */
class ApertiumEndToEndTest {
  private static final Path SAMPLES = Path.of("data/digests");
  private static final Language SPANISH = Language.forCode("es");
  private static LocalApertium apertium;

  @BeforeAll
  static void startApertium() throws Exception {
    apertium = LocalApertium.start();
  }

  @AfterAll
  static void stopApertium() {
    apertium.close();
  }

  @Test
  void translatesEveryRealAbstractIntoSpanishAndChangesNothingElse(@TempDir Path out)
      throws Exception {
    int exit = runJob(SAMPLES + "/*.txt", out);

    assertThat(exit, is(Main.OK));
    assertThat(Files.readString(out.resolve("failures.jsonl")), is(emptyString()));
    RunCounts counts = Main.readSummary(out.toString());
    List<Path> inputs = list(SAMPLES);
    assertThat(counts.files(), is((long) inputs.size()));
    assertThat(counts.abstracts(), is(counts.translated()));
    long abstracts = 0;
    for (Path input : inputs) {
      abstracts += checkTranslated(input, out.resolve("digests").resolve(input.getFileName()));
    }
    assertThat(counts.abstracts(), is(abstracts));

    Path second = out.resolve("second");
    assertThat(runJob(out.resolve("digests") + "/*.txt", second), is(Main.OK));
    RunCounts rerun = Main.readSummary(second.toString());
    assertThat("a translated digest is reused, not re-requested", rerun.reused(), is(abstracts));
    assertThat(rerun.requests(), is(0L));
  }

  private static int runJob(String input, Path out) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new String[] {
              "--input=" + input,
              "--output=" + out,
              "--provider=apertium",
              "--endpoint=" + apertium.endpoint(),
              "--targetLanguage=es",
              "--maxConcurrentRequests=4"
            },
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(stderr.toString(StandardCharsets.UTF_8), exit, is(Main.OK));
    return exit;
  }

  /**
   * Every entry gained a Spanish section; headers, titles, links and other sections are unchanged.
   */
  private static int checkTranslated(Path input, Path output) throws Exception {
    Digest before = DigestParser.parse(input.toString(), Files.readAllBytes(input));
    Digest after = DigestParser.parse(output.toString(), Files.readAllBytes(output));
    assertThat(after.headerLines(), is(before.headerLines()));
    assertThat(after.entries().size(), is(before.entries().size()));
    for (int i = 0; i < before.entries().size(); i++) {
      Entry was = before.entries().get(i);
      Entry now = after.entries().get(i);
      assertThat(now.headLines(), is(was.headLines()));
      for (Section section : was.sections()) {
        assertThat(
            now.sections().stream()
                .filter(s -> s.heading().equals(section.heading()))
                .findFirst()
                .orElseThrow()
                .rawLines(),
            is(section.rawLines()));
      }
      String source = was.sourceSection().orElseThrow().text();
      String spanish = now.sectionIn(SPANISH).orElseThrow().text();
      assertThat(output + " entry " + now.rank(), spanish, not(is(source)));
      assertThat(
          output + " entry " + now.rank() + " has unknown-word marks",
          spanish.contains("*"),
          is(false));
      assertThat(spanish.length() > source.length() / 2, is(true));
    }
    return before.entries().size();
  }

  private static List<Path> list(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
