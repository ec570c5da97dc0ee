package com.digesttranslator.pipeline;

import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.RunCounts;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Matches the input globs (a file that several match, once), reads each file and parses it: see
 * {@link Result} for what comes out. Files whose week is not selected are left out before anything
 * else happens.
 */
public class ReadDigests extends PTransform<PBegin, ReadDigests.Result> {
  private final List<String> globs;
  private final String targetLanguage;
  private final WeekSelection weeks;

  public ReadDigests(String commaSeparatedGlobs, String targetLanguage, WeekSelection weeks) {
    this.globs = CommaSeparated.items(commaSeparatedGlobs);
    this.targetLanguage = targetLanguage;
    this.weeks = weeks;
  }

  @Override
  public Result expand(PBegin begin) {
    PCollectionTuple parsed =
        begin
            // All globs in one element, matched by one call, so that a file two globs match is
            // read once: read twice, it gave two sources for one path and the job crashed when
            // writing its digest, after paying for its abstracts twice over.
            .apply("Globs", Create.of(List.of(globs)).withCoder(ListCoder.of(StringUtf8Coder.of())))
            // Parsing is cheap next to translating, so files are not spread out after matching: on
            // the
            // Direct Runner one bundle per file would make the shard grouping copy its state per
            // file.
            .apply("Match", ParDo.of(new MatchOnceFn()))
            .setCoder(MetadataCoderV2.of())
            .apply("Open", FileIO.readMatches())
            .apply(
                "Parse",
                ParDo.of(new ParseDigestFn(targetLanguage, weeks))
                    .withOutputTags(
                        ParseDigestFn.SOURCES,
                        TupleTagList.of(ParseDigestFn.TASKS)
                            .and(ParseDigestFn.OUTCOMES)
                            .and(ParseDigestFn.FILE_COUNTS)
                            .and(ParseDigestFn.WEEKS)));
    parsed
        .get(ParseDigestFn.SOURCES)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
    return new Result(parsed);
  }

  /** What reading the digests gives the rest of the job. */
  public static final class Result implements POutput {
    private final Pipeline pipeline;
    private final PCollection<KV<String, byte[]>> sources;
    private final PCollection<AbstractTask> tasks;
    private final PCollection<AbstractOutcome> knownOutcomes;
    private final PCollection<RunCounts> fileCounts;
    private final PCollection<String> weeks;

    private Result(PCollectionTuple parsed) {
      this.pipeline = parsed.getPipeline();
      this.sources = parsed.get(ParseDigestFn.SOURCES);
      this.tasks = parsed.get(ParseDigestFn.TASKS);
      this.knownOutcomes = parsed.get(ParseDigestFn.OUTCOMES);
      this.fileCounts = parsed.get(ParseDigestFn.FILE_COUNTS);
      this.weeks = parsed.get(ParseDigestFn.WEEKS);
    }

    /** Each digest's bytes by path, to render its translation from. */
    public PCollection<KV<String, byte[]>> getSources() {
      return sources;
    }

    /** One task per abstract still to translate. */
    public PCollection<AbstractTask> getTasks() {
      return tasks;
    }

    /**
     * The outcomes known without translating: abstracts already translated in their digest,
     * malformed entries, files that are not digests.
     */
    public PCollection<AbstractOutcome> getKnownOutcomes() {
      return knownOutcomes;
    }

    /** One count per file read, telling whether it was a digest. */
    public PCollection<RunCounts> getFileCounts() {
      return fileCounts;
    }

    /** The weeks of the files read, to report selected weeks that matched no file. */
    public PCollection<String> getWeeks() {
      return weeks;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      Map<TupleTag<?>, PValue> outputs = new LinkedHashMap<>();
      outputs.put(ParseDigestFn.SOURCES, sources);
      outputs.put(ParseDigestFn.TASKS, tasks);
      outputs.put(ParseDigestFn.OUTCOMES, knownOutcomes);
      outputs.put(ParseDigestFn.FILE_COUNTS, fileCounts);
      outputs.put(ParseDigestFn.WEEKS, weeks);
      return outputs;
    }

    @Override
    public void finishSpecifyingOutput(
        String transformName, PInput input, PTransform<?, ?> transform) {}
  }

  /** Every file any glob matches, each once (by resource id), in the order first matched. */
  static class MatchOnceFn extends DoFn<List<String>, MatchResult.Metadata> {
    @ProcessElement
    public void process(@Element List<String> globs, OutputReceiver<MatchResult.Metadata> out)
        throws IOException {
      Set<ResourceId> seen = new HashSet<>();
      for (String glob : globs) {
        MatchResult match = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
        if (match.status() != MatchResult.Status.OK
            && match.status() != MatchResult.Status.NOT_FOUND) {
          throw new IOException("cannot list '" + glob + "': " + match.status());
        }
        for (MatchResult.Metadata file : match.metadata()) {
          if (seen.add(file.resourceId())) {
            out.output(file);
          }
        }
      }
    }
  }
}
