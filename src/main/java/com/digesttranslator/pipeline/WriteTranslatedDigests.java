package com.digesttranslator.pipeline;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.Stage;
import com.digesttranslator.publish.OutputFormat;
import java.util.List;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Joins translation outcomes back to their digests by file and writes one translated digest per
 * readable input file under {@code OUTPUT/digests/}, with the input's file name (and its Markdown
 * and JSON pages, per {@code --formats}). Outputs the names.
 */
public class WriteTranslatedDigests
    extends PTransform<PCollection<AbstractOutcome>, PCollection<String>> {
  private final PCollection<KV<String, byte[]>> sources;
  private final String output;
  private final String targetLanguage;
  private final List<OutputFormat> formats;

  public WriteTranslatedDigests(
      PCollection<KV<String, byte[]>> sources,
      String output,
      String targetLanguage,
      List<OutputFormat> formats) {
    this.sources = sources;
    this.output = output;
    this.targetLanguage = targetLanguage;
    this.formats = formats;
  }

  @Override
  public PCollection<String> expand(PCollection<AbstractOutcome> outcomes) {
    TupleTag<byte[]> sourceTag = new TupleTag<>();
    TupleTag<AbstractOutcome> outcomeTag = new TupleTag<>();
    PCollection<KV<String, AbstractOutcome>> byFile =
        outcomes
            .apply(
                "OnlyTranslationOutcomes",
                Filter.by(
                    (AbstractOutcome o) ->
                        o.status() == AbstractOutcome.Status.TRANSLATED
                            || (o.isFailure() && o.failure().stage() == Stage.TRANSLATE)))
            .apply(
                "KeyByFile",
                WithKeys.of((AbstractOutcome o) -> o.path())
                    .withKeyType(TypeDescriptors.strings()));
    return KeyedPCollectionTuple.of(sourceTag, sources)
        .and(outcomeTag, byFile)
        .apply("JoinByFile", CoGroupByKey.create())
        .apply(
            "Render",
            ParDo.of(new RenderDigestFn(sourceTag, outcomeTag, output, targetLanguage, formats)));
  }
}
