package com.digesttranslator.translate.resilience;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TextReply;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.quality.QualityGate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Translates a list of texts through one {@link Translator}, one request at a time, and never
 * throws for a text that fails: each text comes back as a {@link TextResult}, handed to a {@link
 * ResultSink} as soon as it is final, so a caller can save it before the next request. Long texts
 * are split at sentence boundaries to the provider's size, pieces are batched within its limits,
 * and every request is retried per the {@link RetryPolicy}. When one text of a batch comes back
 * unusable (quality gate, damaged placeholder), the others are kept and only it is asked again,
 * with the reason, so a sampling model can do better; a retry that brings back the very same
 * defective reply ends its attempts, since a deterministic engine will not change its mind. A batch
 * that fails permanently is retried piece by piece, so one bad text cannot sink its neighbours.
 * Auth and quota failures open the {@link CircuitBreaker}, after which nothing more is sent.
 */
public final class ResilientTranslator {

  /** Receives each text's result as soon as it is final, before anything more is sent. */
  @FunctionalInterface
  public interface ResultSink {
    /**
     * @param text the index of the text in the list given to {@link #translateAll}
     * @param latency from the first request for the text to its result
     * @throws TranslationException to stop: nothing more is sent, and every text not final yet
     *     fails with this exception (and is passed here too; what is thrown then is ignored)
     */
    void accept(int text, TextResult result, Duration latency) throws TranslationException;
  }

  private final Translator translator;
  private final RetryPolicy policy;
  private final CircuitBreaker breaker;
  private final QualityGate gate;
  private final Sleeper sleeper;
  private final Random random;
  private final TranslationListener listener;

  public ResilientTranslator(
      Translator translator,
      RetryPolicy policy,
      CircuitBreaker breaker,
      QualityGate gate,
      Sleeper sleeper,
      Random random,
      TranslationListener listener) {
    this.translator = translator;
    this.policy = policy;
    this.breaker = breaker;
    this.gate = gate;
    this.sleeper = sleeper;
    this.random = random;
    this.listener = listener;
  }

  public List<TextResult> translateAll(List<String> texts) {
    return translateAll(texts, (text, result, latency) -> {});
  }

  /** Translates {@code texts}, passing each result to {@code sink} as soon as it is final. */
  public List<TextResult> translateAll(List<String> texts, ResultSink sink) {
    return new Call(texts, sink).run();
  }

  /** A piece of text {@code text} waiting for a request. */
  private record Piece(int text, int index, String source) {}

  /** Per-text bookkeeping while its pieces are in flight. */
  private static final class Progress {
    Segmenter.Segments segments;
    String[] translations;
    int piecesLeft;
    int attempts;
    int requests;
    int retries;
    long firstSentNanos = -1;
    TextResult result;
  }

  /** One {@link #translateAll} call: its texts' progress, and whether its sink asked to stop. */
  private final class Call {
    private final List<String> texts;
    private final ResultSink sink;
    private final List<Progress> progress = new ArrayList<>();
    private TranslationException stop;

    Call(List<String> texts, ResultSink sink) {
      this.texts = texts;
      this.sink = sink;
    }

    List<TextResult> run() {
      RequestLimits limits = translator.limits();
      List<Piece> pieces = new ArrayList<>();
      for (int t = 0; t < texts.size(); t++) {
        Progress p = new Progress();
        progress.add(p);
        try {
          p.segments = Segmenter.split(texts.get(t), limits.maxCharsPerText());
        } catch (RuntimeException e) {
          finish(t, TextResult.failure(unexpected(ErrorClass.PERMANENT, e), 0, 0, 0));
          continue;
        }
        p.translations = new String[p.segments.pieces().size()];
        p.piecesLeft = p.translations.length;
        for (int i = 0; i < p.translations.length; i++) {
          pieces.add(new Piece(t, i, p.segments.pieces().get(i)));
        }
      }
      for (int t = 0; t < texts.size(); t++) {
        if (progress.get(t).result == null && progress.get(t).piecesLeft == 0) {
          succeed(t);
        }
      }
      for (List<Piece> batch : batches(pieces, limits)) {
        sendBatch(batch);
      }
      List<TextResult> results = new ArrayList<>();
      for (int t = 0; t < texts.size(); t++) {
        Progress p = progress.get(t);
        if (p.result == null) {
          fail(t, stop, p.attempts);
        }
        results.add(p.result);
      }
      return results;
    }

    private void sendBatch(List<Piece> batch) {
      List<Piece> pending = open(batch);
      Map<Piece, String> defects = new HashMap<>();
      Map<Piece, String> defectiveReplies = new HashMap<>();
      int attempt = 0;
      while (!pending.isEmpty() && stop == null) {
        if (breaker.isOpen()) {
          TranslationException rejection = breaker.rejection();
          for (Piece piece : pending) {
            fail(piece.text(), rejection, attempt);
          }
          return;
        }
        attempt++;
        List<TextReply> replies;
        try {
          replies = sendOnce(pending, defects, attempt);
        } catch (TranslationException e) {
          if (e.errorClass().opensCircuit()) {
            breaker.open(e);
          }
          if (policy.shouldRetry(e, attempt)) {
            if (e.errorClass() == ErrorClass.QUALITY) {
              pending.forEach(piece -> defects.put(piece, e.getMessage()));
            }
            if (waitToRetry(attempt, e)) {
              continue;
            }
          } else if (pending.size() > 1
              && (e.errorClass() == ErrorClass.PERMANENT || e.errorClass() == ErrorClass.QUALITY)) {
            // One text may be to blame, so try each alone.
            pending.forEach(piece -> sendBatch(List.of(piece)));
            return;
          }
          for (Piece piece : pending) {
            fail(piece.text(), e, attempt);
          }
          return;
        }
        List<Piece> again = new ArrayList<>();
        TranslationException retryCause = null;
        for (int i = 0; i < pending.size(); i++) {
          Piece piece = pending.get(i);
          TextReply reply = replies.get(i);
          if (!reply.isDefective()) {
            translated(piece, reply.translation(), attempt);
            continue;
          }
          boolean repeated =
              reply.reply() != null
                  && reply.reply().equals(defectiveReplies.put(piece, reply.reply()));
          if (!repeated && policy.shouldRetry(reply.defect(), attempt)) {
            again.add(piece);
            defects.put(piece, reply.defect().getMessage());
            retryCause = reply.defect();
          } else {
            fail(piece.text(), repeated ? sameAgain(reply.defect()) : reply.defect(), attempt);
          }
        }
        pending = open(again);
        if (!pending.isEmpty() && stop == null && !waitToRetry(attempt, retryCause)) {
          for (Piece piece : pending) {
            fail(piece.text(), retryCause, attempt);
          }
          return;
        }
      }
    }

    /** The pieces whose text is still waiting for a result. */
    private List<Piece> open(List<Piece> pieces) {
      return pieces.stream().filter(p -> progress.get(p.text()).result == null).toList();
    }

    private List<TextReply> sendOnce(List<Piece> pending, Map<Piece, String> defects, int attempt)
        throws TranslationException {
      // The request counts for the first text it carries.
      Progress first = progress.get(pending.get(0).text());
      first.requests++;
      first.retries += attempt > 1 ? 1 : 0;
      long started = System.nanoTime();
      for (Piece piece : pending) {
        Progress p = progress.get(piece.text());
        p.firstSentNanos = p.firstSentNanos < 0 ? started : p.firstSentNanos;
      }
      List<String> sources = pending.stream().map(Piece::source).toList();
      long chars = sources.stream().mapToLong(String::length).sum();
      ErrorClass error = null;
      try {
        List<String> earlierDefects = pending.stream().map(defects::get).toList();
        List<TextReply> out =
            checkReply(sources, translator.translateEach(sources, earlierDefects));
        error = out.stream().anyMatch(TextReply::isDefective) ? ErrorClass.QUALITY : null;
        return out;
      } catch (TranslationException e) {
        error = e.errorClass();
        throw e;
      } catch (RuntimeException | Error e) {
        if (e instanceof OutOfMemoryError) {
          throw e;
        }
        error = ErrorClass.TRANSIENT;
        throw unexpected(ErrorClass.TRANSIENT, e);
      } finally {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        listener.onRequest(sources.size(), chars, took, error);
      }
    }

    private boolean waitToRetry(int attempt, TranslationException cause) {
      Duration delay = policy.delayAfter(attempt, cause, random);
      listener.onRetry(cause.errorClass(), delay);
      try {
        sleeper.sleep(delay);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private void translated(Piece piece, String translation, int attempt) {
      Progress p = progress.get(piece.text());
      p.translations[piece.index()] = translation;
      p.attempts = Math.max(p.attempts, attempt);
      if (--p.piecesLeft == 0) {
        succeed(piece.text());
      }
    }

    private void succeed(int text) {
      Progress p = progress.get(text);
      finish(
          text,
          TextResult.success(
              p.segments.join(Arrays.asList(p.translations)), p.attempts, p.requests, p.retries));
    }

    private void fail(int text, TranslationException error, int attempt) {
      Progress p = progress.get(text);
      if (p.result == null) {
        p.attempts = Math.max(p.attempts, attempt);
        finish(text, TextResult.failure(error, p.attempts, p.requests, p.retries));
      }
    }

    private void finish(int text, TextResult result) {
      Progress p = progress.get(text);
      p.result = result;
      Duration latency =
          p.firstSentNanos < 0
              ? Duration.ZERO
              : Duration.ofNanos(System.nanoTime() - p.firstSentNanos);
      try {
        sink.accept(text, result, latency);
      } catch (TranslationException e) {
        stop = stop == null ? e : stop;
      }
    }
  }

  private static List<List<Piece>> batches(List<Piece> pieces, RequestLimits limits) {
    List<List<Piece>> batches = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    int chars = 0;
    for (Piece piece : pieces) {
      if (!current.isEmpty()
          && (current.size() == limits.maxTexts()
              || chars + piece.source().length() > limits.maxCharsPerRequest())) {
        batches.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(piece);
      chars += piece.source().length();
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    return batches;
  }

  /** The reply, one per text, with each translation the quality gate rejects marked defective. */
  private List<TextReply> checkReply(List<String> sources, List<TextReply> out)
      throws TranslationException {
    if (out == null || out.size() != sources.size()) {
      throw new TranslationException(
          ErrorClass.TRANSIENT,
          200,
          "reply has "
              + (out == null ? 0 : out.size())
              + " translations for "
              + sources.size()
              + " texts");
    }
    List<TextReply> checked = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      TextReply reply = out.get(i);
      Optional<String> problem =
          reply.isDefective()
              ? Optional.empty()
              : gate.problem(sources.get(i), reply.translation());
      checked.add(
          problem.isEmpty()
              ? reply
              : TextReply.defective(
                  reply.reply(), new TranslationException(ErrorClass.QUALITY, 200, problem.get())));
    }
    return checked;
  }

  /** A defect that came back byte for byte on a retry: asking again will not change it. */
  private static TranslationException sameAgain(TranslationException defect) {
    return new TranslationException(
        defect.errorClass(),
        defect.httpStatus(),
        defect.getMessage() + " (the same reply came back when asked again; not asked further)");
  }

  private static TranslationException unexpected(ErrorClass errorClass, Throwable e) {
    return new TranslationException(
        errorClass, 0, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }
}
