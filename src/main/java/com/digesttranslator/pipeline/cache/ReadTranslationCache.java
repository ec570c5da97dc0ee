package com.digesttranslator.pipeline.cache;

import java.io.IOException;
import java.util.Optional;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
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
 *
 * <p>One step lists and reads the journals: they feed a lookup table that one worker builds anyway,
 * and Beam's file matching and text reading, with a reshuffle each, were twenty steps and two
 * groupings that every run paid on the Direct Runner (docs/benchmarks.md, section 2).
 */
public class ReadTranslationCache extends PTransform<PBegin, PCollection<KV<String, String>>> {
  private final String cacheDir;

  public ReadTranslationCache(String cacheDir) {
    this.cacheDir = cacheDir;
  }

  @Override
  public PCollection<KV<String, String>> expand(PBegin begin) {
    return begin
        .apply("CacheDir", Create.of(cacheDir))
        .apply("ReadJournals", ParDo.of(new ReadJournalsFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  static class ReadJournalsFn extends DoFn<String, KV<String, String>> {
    private static final Logger LOG = LoggerFactory.getLogger(ReadTranslationCache.class);
    private final Counter torn =
        Metrics.counter(ReadTranslationCache.class, "unreadable_cache_lines");

    @ProcessElement
    public void process(@Element String cacheDir, OutputReceiver<KV<String, String>> out)
        throws IOException {
      TranslationJournal.forEachLine(cacheDir, "*", line -> emit(line, out));
    }

    private void emit(String line, OutputReceiver<KV<String, String>> out) {
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
