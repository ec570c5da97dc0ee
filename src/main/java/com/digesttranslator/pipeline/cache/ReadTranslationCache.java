package com.digesttranslator.pipeline.cache;

import com.digesttranslator.pipeline.io.OutputFiles;
import java.util.Optional;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the translations earlier runs journaled under the cache directory, as key → translation. A
 * line that does not parse — typically the last line of a journal torn by a kill — is skipped and
 * counted, never fatal: at worst that one text is requested again.
 */
public class ReadTranslationCache extends PTransform<PBegin, PCollection<KV<String, String>>> {
  private final String cacheDir;

  public ReadTranslationCache(String cacheDir) {
    this.cacheDir = cacheDir;
  }

  @Override
  public PCollection<KV<String, String>> expand(PBegin begin) {
    String pattern =
        OutputFiles.directory(cacheDir)
            + TranslationJournal.PREFIX
            + "*"
            + TranslationJournal.SUFFIX;
    return begin
        .apply(
            "MatchJournals",
            FileIO.match().filepattern(pattern).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("OpenJournals", FileIO.readMatches())
        .apply("ReadLines", TextIO.readFiles())
        .apply("ParseLines", ParDo.of(new ParseLineFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  static class ParseLineFn extends DoFn<String, KV<String, String>> {
    private static final Logger LOG = LoggerFactory.getLogger(ReadTranslationCache.class);
    private final Counter torn =
        Metrics.counter(ReadTranslationCache.class, "unreadable_cache_lines");

    @ProcessElement
    public void process(@Element String line, OutputReceiver<KV<String, String>> out) {
      Optional<JournalLine> entry = JournalLine.parse(line);
      if (entry.isPresent()) {
        out.output(KV.of(entry.get().key(), entry.get().translation()));
      } else {
        torn.inc();
        LOG.warn(
            "Skipping an unreadable cache line ({} characters): the text will be translated again",
            line.length());
      }
    }
  }
}
