package com.digesttranslator.pipeline.cache;

import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.translate.LanguagePair;
import com.digesttranslator.translate.provider.TranslatorConfig;
import com.digesttranslator.translate.quality.QualityGate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Which cached entries a lookup serves: today's gate decides, earlier key layouts still count. */
public class LookUpCacheTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder cache = new TemporaryFolder();

  private static final String GOOD =
      "Los modelos de lenguaje traducen resúmenes científicos bajo carga.";
  private static final String TEXT_A =
      "Large language models translate scientific abstracts under load.";
  private static final String TEXT_B =
      "We measure how retrieval changes the answers of small models.";
  private static final String TEXT_C =
      "A benchmark of multilingual reasoning across twelve languages.";

  private static AbstractTask task(int index, String text) {
    return new AbstractTask(
        "/in/2026-W01.txt", "2026-W01", index, index + 1, "Title " + index, text);
  }

  @Test
  public void servesWhatTodaysGatePassesUnderEitherKeyLayoutAndSendsTheRest() throws Exception {
    TranslatorConfig config =
        new TranslatorConfig(
            "deepl",
            null,
            new LanguagePair("en", "es"),
            null,
            null,
            null,
            null,
            Duration.ofSeconds(5));
    TranslationKey keys = new TranslationKey(config, "");
    Path journal =
        cache
            .getRoot()
            .toPath()
            .resolve(TranslationJournal.PREFIX + "old" + TranslationJournal.SUFFIX);
    Files.write(
        journal,
        List.of(
            JournalLine.format(keys.of(TEXT_A), GOOD),
            JournalLine.format(TranslationKeyTest.earlierLayoutKey(config, "", TEXT_B), GOOD),
            JournalLine.format(keys.of(TEXT_C), "Aquí está la traducción: " + GOOD)),
        StandardCharsets.UTF_8);

    LookUpCache.Result looked =
        pipeline
            .apply(Create.of(task(0, TEXT_A), task(1, TEXT_B), task(2, TEXT_C)))
            .apply(new LookUpCache(keys, QualityGate.forTarget("es"), cache.getRoot().toString()));

    PAssert.that(
            looked
                .getHits()
                .apply(
                    "HitTexts",
                    MapElements.into(TypeDescriptors.strings())
                        .via(o -> o.entryIndex() + " " + o.translation())))
        .containsInAnyOrder("0 " + GOOD, "1 " + GOOD);
    PAssert.that(
            looked
                .getPending()
                .apply(
                    "PendingTexts",
                    MapElements.into(TypeDescriptors.strings()).via(p -> p.key() + " " + p.text())))
        .containsInAnyOrder(keys.of(TEXT_C) + " " + TEXT_C);
    pipeline.run().waitUntilFinish();
  }
}
