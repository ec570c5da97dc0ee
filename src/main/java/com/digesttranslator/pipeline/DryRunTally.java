package com.digesttranslator.pipeline;

import com.digesttranslator.outcome.RunCounts;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.resilience.Segmenter;
import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * What a real run would do, summed over the input: abstracts to translate (and how many distinct
 * texts, characters and request pieces that is) versus reused, cached or malformed.
 */
@DefaultCoder(SerializableCoder.class)
public record DryRunTally(
    long files,
    long badFiles,
    long abstracts,
    long toTranslate,
    long distinctTexts,
    long reused,
    long fromCache,
    long malformed,
    long characters,
    long pieces)
    implements Serializable {

  static final DryRunTally ZERO = new DryRunTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  static DryRunTally of(RunCounts c) {
    return new DryRunTally(
        c.files(), c.badFiles(), c.abstracts(), 0, 0, c.reused(), c.fromCache(), c.failed(), 0, 0);
  }

  /** {@code copies} abstracts carrying one distinct text. */
  static DryRunTally of(String text, long copies, RequestLimits limits) {
    int pieces = Segmenter.split(text, limits.maxCharsPerText()).pieces().size();
    return new DryRunTally(0, 0, copies, copies, 1, 0, 0, 0, text.length(), pieces);
  }

  DryRunTally plus(DryRunTally o) {
    return new DryRunTally(
        files + o.files,
        badFiles + o.badFiles,
        abstracts + o.abstracts,
        toTranslate + o.toTranslate,
        distinctTexts + o.distinctTexts,
        reused + o.reused,
        fromCache + o.fromCache,
        malformed + o.malformed,
        characters + o.characters,
        pieces + o.pieces);
  }

  /** Requests if pieces are batched as tightly as the provider allows. */
  long requests(RequestLimits limits) {
    long byCount = (pieces + limits.maxTexts() - 1) / limits.maxTexts();
    long byChars = (characters + limits.maxCharsPerRequest() - 1) / limits.maxCharsPerRequest();
    return Math.max(byCount, byChars);
  }
}
