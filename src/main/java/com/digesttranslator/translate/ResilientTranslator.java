package com.digesttranslator.translate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Translates a list of texts through one {@link Translator}, one request at a time, and never
 * throws for a text that fails: each text comes back as a {@link TextResult}. Long texts are split
 * at sentence boundaries to the provider's size, pieces are batched within its limits, and every
 * request is retried per the {@link RetryPolicy}. A batch that fails permanently, or keeps failing
 * the quality check, is retried piece by piece, so one bad text cannot sink its neighbours. Auth
 * and quota failures open the {@link CircuitBreaker}, after which nothing more is sent.
 */
public final class ResilientTranslator {

  private final Translator translator;
  private final RetryPolicy policy;
  private final CircuitBreaker breaker;
  private final QualityGate gate;
  private final Sleeper sleeper;
  private final Random random;
  private final TranslationListener listener;

  public ResilientTranslator(
      Translator translator, RetryPolicy policy, CircuitBreaker breaker, QualityGate gate,
      Sleeper sleeper, Random random, TranslationListener listener) {
    this.translator = translator;
    this.policy = policy;
    this.breaker = breaker;
    this.gate = gate;
    this.sleeper = sleeper;
    this.random = random;
    this.listener = listener;
  }

  /** A piece of text {@code text} waiting for a request. */
  private record Piece(int text, int index, String source) {}

  /** Per-text bookkeeping while its pieces are in flight. */
  private static final class Progress {
    String[] translations;
    TranslationException error;
    int attempts;
    int requests;
    int retries;
  }

  /** The outcome of sending one batch, with every attempt it took. */
  private record BatchOutcome(List<String> translations, TranslationException error, int attempts) {}

  public List<TextResult> translateAll(List<String> texts) {
    RequestLimits limits = translator.limits();
    List<Segmenter.Segments> segmented = new ArrayList<>();
    List<Progress> progress = new ArrayList<>();
    List<Piece> pieces = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      Segmenter.Segments segments = Segmenter.split(texts.get(t), limits.maxCharsPerText());
      segmented.add(segments);
      Progress p = new Progress();
      p.translations = new String[segments.pieces().size()];
      progress.add(p);
      for (int i = 0; i < segments.pieces().size(); i++) {
        pieces.add(new Piece(t, i, segments.pieces().get(i)));
      }
    }
    for (List<Piece> batch : batches(pieces, limits)) {
      sendBatch(batch, progress);
    }
    List<TextResult> results = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      results.add(result(progress.get(t), segmented.get(t)));
    }
    return results;
  }

  private static TextResult result(Progress p, Segmenter.Segments segments) {
    if (p.error != null) {
      return TextResult.failure(p.error, p.attempts, p.requests, p.retries);
    }
    return TextResult.success(
        segments.join(Arrays.asList(p.translations)), p.attempts, p.requests, p.retries);
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

  private void sendBatch(List<Piece> batch, List<Progress> progress) {
    List<Piece> pending = batch.stream().filter(p -> progress.get(p.text()).error == null).toList();
    if (pending.isEmpty()) {
      return;
    }
    BatchOutcome outcome = sendWithRetry(pending.stream().map(Piece::source).toList());
    Progress first = progress.get(pending.get(0).text());
    first.requests += outcome.attempts();
    first.retries += Math.max(0, outcome.attempts() - 1);
    // Permanent, or a quality check that kept failing: one text may be to blame, so try each alone.
    if (outcome.error() != null
        && (outcome.error().errorClass() == ErrorClass.PERMANENT
            || outcome.error().errorClass() == ErrorClass.QUALITY)
        && pending.size() > 1) {
      pending.forEach(piece -> sendBatch(List.of(piece), progress));
      return;
    }
    for (int i = 0; i < pending.size(); i++) {
      Progress p = progress.get(pending.get(i).text());
      p.attempts = Math.max(p.attempts, outcome.attempts());
      if (outcome.error() != null) {
        p.error = outcome.error();
      } else {
        p.translations[pending.get(i).index()] = outcome.translations().get(i);
      }
    }
  }

  private BatchOutcome sendWithRetry(List<String> sources) {
    int attempt = 0;
    while (true) {
      if (breaker.isOpen()) {
        return new BatchOutcome(null, breaker.rejection(), attempt);
      }
      attempt++;
      try {
        return new BatchOutcome(sendOnce(sources), null, attempt);
      } catch (TranslationException e) {
        if (e.errorClass().opensCircuit()) {
          breaker.open(e);
        }
        if (!policy.shouldRetry(e, attempt)) {
          return new BatchOutcome(null, e, attempt);
        }
        Duration delay = policy.delayAfter(attempt, e, random);
        listener.onRetry(e.errorClass(), delay);
        if (!sleep(delay)) {
          return new BatchOutcome(null, e, attempt);
        }
      }
    }
  }

  private List<String> sendOnce(List<String> sources) throws TranslationException {
    long chars = sources.stream().mapToLong(String::length).sum();
    long started = System.nanoTime();
    ErrorClass error = null;
    try {
      List<String> out = translator.translate(sources);
      checkReply(sources, out);
      return out;
    } catch (TranslationException e) {
      error = e.errorClass();
      throw e;
    } catch (RuntimeException e) {
      error = ErrorClass.TRANSIENT;
      throw new TranslationException(
          ErrorClass.TRANSIENT, 0, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      listener.onRequest(sources.size(), chars, Duration.ofNanos(System.nanoTime() - started), error);
    }
  }

  private void checkReply(List<String> sources, List<String> out) throws TranslationException {
    if (out == null || out.size() != sources.size()) {
      throw new TranslationException(
          ErrorClass.TRANSIENT, 200,
          "reply has " + (out == null ? 0 : out.size()) + " translations for " + sources.size() + " texts");
    }
    for (int i = 0; i < sources.size(); i++) {
      Optional<String> problem = gate.problem(sources.get(i), out.get(i));
      if (problem.isPresent()) {
        throw new TranslationException(ErrorClass.QUALITY, 200, problem.get());
      }
    }
  }

  private boolean sleep(Duration delay) {
    try {
      sleeper.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
