package com.digesttranslator.pipeline;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestFormatException;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Entry;
import com.digesttranslator.digest.EntryProblem;
import com.digesttranslator.digest.Language;
import com.digesttranslator.digest.WeekId;
import com.digesttranslator.digest.WeekSelection;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and parses one digest file. Emits the file's bytes (for rendering later), one task per
 * abstract still to translate, an outcome for every abstract that is reused or malformed, and
 * a bad-file outcome instead of failing when the file is not a digest at all.
 */
class ParseDigestFn extends DoFn<FileIO.ReadableFile, KV<String, byte[]>> {
  static final TupleTag<KV<String, byte[]>> SOURCES = new TupleTag<>() {};
  static final TupleTag<AbstractTask> TASKS = new TupleTag<>() {};
  static final TupleTag<AbstractOutcome> OUTCOMES = new TupleTag<>() {};
  static final TupleTag<RunCounts> FILE_COUNTS = new TupleTag<>() {};
  /** Weeks of the files that were selected, for reporting selected weeks that matched no file. */
  static final TupleTag<String> WEEKS = new TupleTag<>() {};

  private static final Logger LOG = LoggerFactory.getLogger(ParseDigestFn.class);
  private final Counter badFiles = Metrics.counter(ParseDigestFn.class, "bad_files");
  private final Counter malformedEntries = Metrics.counter(ParseDigestFn.class, "malformed_entries");
  private final String targetLanguage;
  private final WeekSelection weeks;

  ParseDigestFn(String targetLanguage, WeekSelection weeks) {
    this.targetLanguage = targetLanguage;
    this.weeks = weeks;
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String path = file.getMetadata().resourceId().toString();
    byte[] content;
    Digest digest;
    try {
      content = file.readFullyAsBytes();
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
    emitEntries(digest, path, out);
  }

  private void reportBadFile(MultiOutputReceiver out, String path, int line, String message) {
    LOG.warn("Skipping {}", message);
    badFiles.inc();
    out.get(FILE_COUNTS).output(RunCounts.ofFile(true));
    out.get(OUTCOMES).output(AbstractOutcome.badFile(path, line, message));
  }

  private void emitEntries(Digest digest, String path, MultiOutputReceiver out) {
    Language target = Language.forCode(targetLanguage);
    Map<Integer, EntryProblem> problems =
        digest.problems().stream().collect(Collectors.toMap(EntryProblem::entryIndex, Function.identity()));
    for (int i = 0; i < digest.entries().size(); i++) {
      Entry entry = digest.entries().get(i);
      EntryProblem problem = problems.get(i);
      String text = problem == null ? entry.sourceSection().orElseThrow().text() : "";
      AbstractTask task = new AbstractTask(path, digest.weekLabel(), i, entry.rank(), entry.title(), text);
      if (problem != null) {
        malformedEntries.inc();
        String message = path + ":" + problem.lineNumber() + ": " + problem.message();
        LOG.warn("Not translating {}", message);
        out.get(OUTCOMES).output(
            AbstractOutcome.malformed(task, problem.lineNumber(), message));
      } else if (entry.hasTranslationIn(target)) {
        out.get(OUTCOMES).output(AbstractOutcome.reused(task));
      } else {
        out.get(TASKS).output(task);
      }
    }
  }
}
