package com.digesttranslator.pipeline;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestFormatException;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.DigestRenderer;
import com.digesttranslator.digest.FailureMarker;
import com.digesttranslator.digest.Language;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes one translated digest: the input re-parsed (cheaper to ship bytes than a parsed tree),
 * each translated entry's target section filled, each failed one given a failure marker that a
 * later run recognises as still to translate.
 */
class RenderDigestFn extends DoFn<KV<String, CoGbkResult>, String> {
  private final TupleTag<byte[]> sourceTag;
  private final TupleTag<AbstractOutcome> outcomeTag;
  private final String output;
  private final String targetLanguage;
  private final Counter written = Metrics.counter(RenderDigestFn.class, "digests_written");

  RenderDigestFn(TupleTag<byte[]> sourceTag, TupleTag<AbstractOutcome> outcomeTag, String output, String targetLanguage) {
    this.sourceTag = sourceTag;
    this.outcomeTag = outcomeTag;
    this.output = output;
    this.targetLanguage = targetLanguage;
  }

  @ProcessElement
  public void process(@Element KV<String, CoGbkResult> file, OutputReceiver<String> out)
      throws IOException, DigestFormatException {
    String path = file.getKey();
    byte[] source = file.getValue().getOnly(sourceTag);
    Digest digest = DigestParser.parse(path, source);
    Map<Integer, String> texts = new HashMap<>();
    for (AbstractOutcome outcome : file.getValue().getAll(outcomeTag)) {
      texts.put(outcome.entryIndex(), targetText(outcome));
    }
    byte[] rendered = DigestRenderer.render(digest, Language.forCode(targetLanguage), texts);
    String name = OutputFiles.fileNameOf(path);
    OutputFiles.write(OutputFiles.digest(output, name), rendered, "text/plain");
    written.inc();
    out.output(name);
  }

  private static String targetText(AbstractOutcome outcome) {
    return outcome.status() == AbstractOutcome.Status.TRANSLATED
        ? outcome.translation()
        : FailureMarker.of(outcome.errorClass(), outcome.message());
  }
}
