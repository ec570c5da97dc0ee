package com.digesttranslator.pipeline;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestFormatException;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Entry;
import com.digesttranslator.digest.EntryProblem;
import com.digesttranslator.digest.Language;
import com.digesttranslator.digest.WeekId;
import com.digesttranslator.digest.WeekSelection;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.RunCounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and parses one digest file. Emits the file's bytes (for rendering later), one task per
 * abstract still to translate, an outcome for every abstract that is reused or malformed, and a
 * bad-file outcome instead of failing when the file is not a digest at all.
 */
class ParseDigestFn extends DoFn<FileIO.ReadableFile, KV<String, byte[]>> {
  // Its outputs: named by ReadDigests alone, read by others as its Result.
  static final TupleTag<KV<String, byte[]>> SOURCES = new TupleTag<>() {};
  static final TupleTag<AbstractTask> TASKS = new TupleTag<>() {};
  static final TupleTag<AbstractOutcome> OUTCOMES = new TupleTag<>() {};
  static final TupleTag<RunCounts> FILE_COUNTS = new TupleTag<>() {};
  static final TupleTag<String> WEEKS = new TupleTag<>() {};

  private static final Logger LOG = LoggerFactory.getLogger(ParseDigestFn.class);
  private final Counter badFiles = Metrics.counter(ParseDigestFn.class, "bad_files");
  private final Counter malformedEntries =
      Metrics.counter(ParseDigestFn.class, "malformed_entries");
  private final String targetLanguage;
  private final WeekSelection weeks;

  ParseDigestFn(String targetLanguage, WeekSelection weeks) {
    this.targetLanguage = targetLanguage;
    this.weeks = weeks;
  }

  @ProcessElement
  public void process(
      @Element FileIO.ReadableFile file, MultiOutputReceiver out, PipelineOptions options) {
    DigestTranslatorOptions limits = options.as(DigestTranslatorOptions.class);
    String path = file.getMetadata().resourceId().toString();
    byte[] content;
    Digest digest;
    try {
      content = readAtMost(file, limits.getMaxFileBytes());
      if (content == null) {
        reportBadFile(
            out,
            path,
            0,
            path
                + ": larger than --maxFileBytes="
                + limits.getMaxFileBytes()
                + " bytes, so not read (not a digest? raise --maxFileBytes to read it)");
        return;
      }
      digest = DigestParser.parse(path, content);
    } catch (DigestFormatException e) {
      reportBadFile(out, path, e.lineNumber(), e.getMessage());
      return;
    } catch (IOException e) {
      reportBadFile(out, path, 0, path + ": cannot read: " + e.getMessage());
      return;
    }
    Optional<WeekId> week = digest.effectiveWeek();
    if (!weeks.selectsAll() && (week.isEmpty() || !weeks.contains(week.get()))) {
      LOG.debug("Not selected by --weeks: {}", path);
      return;
    }
    week.ifPresent(w -> out.get(WEEKS).output(w.toString()));
    out.get(FILE_COUNTS).output(RunCounts.ofFile(false));
    out.get(SOURCES).output(KV.of(path, content));
    emitEntries(digest, path, limits.getMaxAbstractChars(), out);
  }

  /**
   * The file's content, or null when it has more than {@code maxBytes}: the size the match found is
   * checked first, so an oversize file is not even opened, and the read stops past the limit should
   * the file have grown (or decompress to more) since.
   */
  private static byte[] readAtMost(FileIO.ReadableFile file, int maxBytes) throws IOException {
    if (file.getMetadata().sizeBytes() > maxBytes) {
      return null;
    }
    try (InputStream in = Channels.newInputStream(file.open())) {
      byte[] content = in.readNBytes(maxBytes + 1);
      return content.length > maxBytes ? null : content;
    }
  }

  private void reportBadFile(MultiOutputReceiver out, String path, int line, String message) {
    LOG.warn("Skipping {}", message);
    badFiles.inc();
    out.get(FILE_COUNTS).output(RunCounts.ofFile(true));
    out.get(OUTCOMES).output(AbstractOutcome.badFile(path, line, message));
  }

  private void emitEntries(
      Digest digest, String path, int maxAbstractChars, MultiOutputReceiver out) {
    Language target = Language.forCode(targetLanguage);
    Map<Integer, EntryProblem> problems =
        digest.problems().stream()
            .collect(Collectors.toMap(EntryProblem::entryIndex, Function.identity()));
    for (int i = 0; i < digest.entries().size(); i++) {
      Entry entry = digest.entries().get(i);
      EntryProblem problem = problems.get(i);
      String text = problem == null ? entry.sourceSection().orElseThrow().text() : "";
      if (problem == null && !entry.hasTranslationIn(target) && text.length() > maxAbstractChars) {
        problem = tooLong(i, entry, text.length(), maxAbstractChars);
        text = ""; // not carried along: it can be megabytes
      }
      AbstractTask task =
          new AbstractTask(path, digest.weekLabel(), i, entry.rank(), entry.title(), text);
      if (problem != null) {
        malformedEntries.inc();
        String message = path + ":" + problem.lineNumber() + ": " + problem.message();
        LOG.warn("Not translating {}", message);
        out.get(OUTCOMES).output(AbstractOutcome.malformed(task, problem.lineNumber(), message));
      } else if (entry.hasTranslationIn(target)) {
        out.get(OUTCOMES).output(AbstractOutcome.reused(task));
      } else {
        out.get(TASKS).output(task);
      }
    }
  }

  /** An abstract to translate that would take many paid requests: surely not one abstract. */
  private static EntryProblem tooLong(int index, Entry entry, int chars, int maxAbstractChars) {
    return new EntryProblem(
        index,
        entry.rank(),
        entry.title(),
        entry.sourceSection().orElseThrow().lineNumber(),
        "entry "
            + entry.rank()
            + " has an abstract of "
            + chars
            + " characters, more than"
            + " --maxAbstractChars="
            + maxAbstractChars
            + ": not translated (raise --maxAbstractChars to translate it)");
  }
}
