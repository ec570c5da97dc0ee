package com.digesttranslator.pipeline;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestFormatException;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.DigestRenderer;
import com.digesttranslator.digest.FailureMarker;
import com.digesttranslator.digest.FileName;
import com.digesttranslator.digest.Language;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.pipeline.io.OutputFiles;
import com.digesttranslator.publish.OutputFormat;
import com.digesttranslator.publish.PublishedWeek;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Writes the translated digests of one {@link FileGroups group} of files: each input re-parsed
 * (cheaper to ship bytes than a parsed tree), each translated entry's target section filled, each
 * failed one given a failure marker that a later run recognises as still to translate. The other
 * {@code --formats} (Markdown, JSON) are rendered from the same results.
 */
class RenderDigestFn extends DoFn<KV<Integer, CoGbkResult>, String> {
  private final TupleTag<KV<String, byte[]>> sourceTag;
  private final TupleTag<AbstractOutcome> outcomeTag;
  private final String output;
  private final String targetLanguage;
  private final List<OutputFormat> formats;
  private final Counter written = Metrics.counter(RenderDigestFn.class, "digests_written");

  RenderDigestFn(
      TupleTag<KV<String, byte[]>> sourceTag,
      TupleTag<AbstractOutcome> outcomeTag,
      String output,
      String targetLanguage,
      List<OutputFormat> formats) {
    this.sourceTag = sourceTag;
    this.outcomeTag = outcomeTag;
    this.output = output;
    this.targetLanguage = targetLanguage;
    this.formats = List.copyOf(formats);
  }

  @ProcessElement
  public void process(@Element KV<Integer, CoGbkResult> group, OutputReceiver<String> out)
      throws IOException, DigestFormatException {
    Map<String, Map<Integer, AbstractOutcome>> byFile = new HashMap<>();
    for (AbstractOutcome outcome : group.getValue().getAll(outcomeTag)) {
      byFile
          .computeIfAbsent(outcome.path(), p -> new HashMap<>())
          .put(outcome.entryIndex(), outcome);
    }
    for (KV<String, byte[]> source : group.getValue().getAll(sourceTag)) {
      Map<Integer, AbstractOutcome> results = byFile.remove(source.getKey());
      render(source.getKey(), source.getValue(), results == null ? Map.of() : results, out);
    }
    if (!byFile.isEmpty()) {
      throw new IllegalStateException(
          "translations for files that were not read: " + byFile.keySet());
    }
  }

  private void render(
      String path, byte[] source, Map<Integer, AbstractOutcome> results, OutputReceiver<String> out)
      throws IOException, DigestFormatException {
    Digest digest = DigestParser.parse(path, source);
    Map<Integer, String> texts = new HashMap<>();
    results.forEach((index, result) -> texts.put(index, targetText(result)));
    Language target = Language.forCode(targetLanguage);
    String name = FileName.of(path);
    if (formats.contains(OutputFormat.TXT)) {
      byte[] rendered = DigestRenderer.render(digest, target, texts);
      OutputFiles.write(OutputFiles.digest(output, name), rendered, OutputFormat.TXT.contentType());
    }
    for (OutputFormat format : formats) {
      if (format != OutputFormat.TXT) {
        byte[] page = format.render(PublishedWeek.of(digest, name, target, results));
        OutputFiles.write(publishedFile(format, name), page, format.contentType());
      }
    }
    written.inc();
    out.output(name);
  }

  /** The translation, or the marker a later run recognises as still to translate. */
  private static String targetText(AbstractOutcome outcome) {
    if (outcome.status() == AbstractOutcome.Status.TRANSLATED) {
      return outcome.translation();
    }
    AbstractOutcome.Failure failure = outcome.failure();
    return FailureMarker.of(failure.errorClass().label(), failure.message());
  }

  /** {@code OUTPUT/markdown/<name>.md} and the like, from the input's bare file name. */
  private ResourceId publishedFile(OutputFormat format, String inputName) {
    return OutputFiles.directory(output)
        .resolve(format.directory(), StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(format.fileName(inputName), StandardResolveOptions.RESOLVE_FILE);
  }
}
