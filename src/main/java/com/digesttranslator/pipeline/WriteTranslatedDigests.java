package com.digesttranslator.pipeline;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.Stage;
import com.digesttranslator.publish.OutputFormat;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
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
    TupleTag<KV<String, byte[]>> sourceTag = new TupleTag<>();
    TupleTag<AbstractOutcome> outcomeTag = new TupleTag<>();
    PCollection<KV<Integer, AbstractOutcome>> byGroup =
        outcomes
            .apply(
                "OnlyTranslationOutcomes",
                Filter.by(
                    (AbstractOutcome o) ->
                        o.status() == AbstractOutcome.Status.TRANSLATED
                            || (o.isFailure() && o.failure().stage() == Stage.TRANSLATE)))
            .apply(
                "KeyByFileGroup",
                WithKeys.of((AbstractOutcome o) -> FileGroups.of(o.path()))
                    .withKeyType(TypeDescriptors.integers()));
    PCollection<KV<Integer, KV<String, byte[]>>> sourcesByGroup =
        sources
            .apply(
                "KeySourceByGroup",
                WithKeys.of((KV<String, byte[]> s) -> FileGroups.of(s.getKey()))
                    .withKeyType(TypeDescriptors.integers()))
            .setCoder(KvCoder.of(VarIntCoder.of(), sources.getCoder()));
    return KeyedPCollectionTuple.of(sourceTag, sourcesByGroup)
        .and(outcomeTag, byGroup)
        .apply("JoinByFileGroup", CoGroupByKey.create())
        .apply(
            "Render",
            ParDo.of(new RenderDigestFn(sourceTag, outcomeTag, output, targetLanguage, formats)));
  }
}
