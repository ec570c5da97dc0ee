package com.digesttranslator.pipeline;

import com.digesttranslator.digest.WeekSelection;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Matches the input globs with FileIO, reads each file and parses it. Outputs are tagged with
 * {@link ParseDigestFn}'s tags: the files' bytes, the abstracts to translate, the outcomes known
 * without translating (reused, malformed, bad file), a count per file and the weeks read.
 * Files whose week is not selected are left out before anything else happens.
 */
public class ReadDigests extends PTransform<PBegin, PCollectionTuple> {
  private final List<String> globs;
  private final String targetLanguage;
  private final WeekSelection weeks;

  public ReadDigests(String commaSeparatedGlobs, String targetLanguage, WeekSelection weeks) {
    this.globs = splitGlobs(commaSeparatedGlobs);
    this.targetLanguage = targetLanguage;
    this.weeks = weeks;
  }

  static List<String> splitGlobs(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple parsed =
        begin
            .apply("Globs", Create.of(globs).withCoder(StringUtf8Coder.of()))
            // Parsing is cheap next to translating, so files are not spread out after matching: on the
            // Direct Runner one bundle per file would make the shard grouping copy its state per file.
            .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                .withOutputParallelization(false))
            .apply("Open", FileIO.readMatches())
            .apply("Parse",
                ParDo.of(new ParseDigestFn(targetLanguage, weeks))
                    .withOutputTags(ParseDigestFn.SOURCES,
                        TupleTagList.of(ParseDigestFn.TASKS)
                            .and(ParseDigestFn.OUTCOMES)
                            .and(ParseDigestFn.FILE_COUNTS)
                            .and(ParseDigestFn.WEEKS)));
    parsed.get(ParseDigestFn.SOURCES).setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
    return parsed;
  }
}
