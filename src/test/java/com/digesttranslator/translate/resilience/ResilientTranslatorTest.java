package com.digesttranslator.translate.resilience;

import static com.digesttranslator.translate.resilience.FakeTranslator.failing;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.RequestLimits;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.Translator;
import com.digesttranslator.translate.quality.QualityGate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResilientTranslatorTest {

  private static final RequestLimits ONE_AT_A_TIME = new RequestLimits(1, 1000, 1000);
  private static final RequestLimits BATCHES_OF_THREE = new RequestLimits(3, 1000, 3000);
  private static final int MAX_ATTEMPTS = 4;

  /** Long enough (at least 60 characters) for every quality check to apply. */
  private static final String A =
      "Alpha: the first abstract has a sentence that is long enough for checks.";

  private static final String B =
      "Bravo: the second abstract has a sentence that is long enough for checks.";
  private static final String C =
      "Charlie: the third abstract has a sentence that is long enough for checks.";
  private static final String D =
      "Delta: the fourth abstract has a sentence that is long enough for checks.";

  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper sleeper = sleeps::add;
  private final List<ErrorClass> requestErrors = new ArrayList<>();
  private final List<Integer> requestTexts = new ArrayList<>();
  private final List<Long> requestChars = new ArrayList<>();
  private final List<ErrorClass> retryClasses = new ArrayList<>();
  private final List<Duration> retryDelays = new ArrayList<>();
  private final TranslationListener listener =
      new TranslationListener() {
        @Override
        public void onRequest(int texts, long chars, Duration latency, ErrorClass error) {
          requestTexts.add(texts);
          requestChars.add(chars);
          requestErrors.add(error);
        }

        @Override
        public void onRetry(ErrorClass error, Duration delay) {
          retryClasses.add(error);
          retryDelays.add(delay);
        }
      };
  private CircuitBreaker breaker = new CircuitBreaker();

  @AfterEach
  void clearInterruptFlag() {
    Thread.interrupted();
  }

  private ResilientTranslator resilient(Translator translator) {
    return new ResilientTranslator(
        translator,
        RetryPolicy.withMaxAttempts(MAX_ATTEMPTS),
        breaker,
        new QualityGate(),
        sleeper,
        new Random(42),
        listener);
  }

  private List<TextResult> translate(FakeTranslator fake, String... texts) {
    return resilient(fake).translateAll(List.of(texts));
  }

  // ---------------------------------------------------------------- success and retries

  @Test
  void successTakesOneRequest() {
    FakeTranslator fake = new FakeTranslator(ONE_AT_A_TIME);
    List<TextResult> results = translate(fake, A);

    assertThat(results, hasSize(1));
    TextResult r = results.get(0);
    assertThat(r.succeeded(), is(true));
    assertThat(r.translation(), is("ES:" + A));
    assertThat(r.attempts(), is(1));
    assertThat(r.requests(), is(1));
    assertThat(r.retries(), is(0));
    assertThat(fake.calls, contains(List.of(A)));
    assertThat(sleeps, is(empty()));
    assertThat(requestErrors, contains((ErrorClass) null));
    assertThat(requestChars, contains((long) A.length()));
  }

  @Test
  void noTextsNoRequests() {
    FakeTranslator fake = new FakeTranslator(ONE_AT_A_TIME);
    assertThat(resilient(fake).translateAll(List.of()), is(empty()));
    assertThat(fake.calls, is(empty()));
  }

  @Test
  void transientErrorsAreRetriedWithBackoffUntilSuccess() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .thenFail(ErrorClass.TRANSIENT, 503, "HTTP 503: busy")
            .thenFail(ErrorClass.TRANSIENT, 0, "network error: SocketTimeoutException");

    TextResult r = translate(fake, A).get(0);

    assertThat(r.succeeded(), is(true));
    assertThat(r.translation(), is("ES:" + A));
    assertThat(r.attempts(), is(3));
    assertThat(r.requests(), is(3));
    assertThat(r.retries(), is(2));
    assertThat(fake.calls, hasSize(3));
    assertThat(sleeps, hasSize(2));
    assertThat(sleeps.get(0), is(lessThanOrEqualTo(Duration.ofMillis(500))));
    assertThat(sleeps.get(1), is(lessThanOrEqualTo(Duration.ofMillis(1000))));
    assertThat(retryDelays, is(sleeps));
    assertThat(retryClasses, contains(ErrorClass.TRANSIENT, ErrorClass.TRANSIENT));
    assertThat(requestErrors, contains(ErrorClass.TRANSIENT, ErrorClass.TRANSIENT, null));
  }

  @Test
  void transientErrorsAreReportedAfterMaxAttempts() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .otherwise(failing(ErrorClass.TRANSIENT, 503, "HTTP 503: busy"));

    TextResult r = translate(fake, A).get(0);

    assertThat(r.succeeded(), is(false));
    assertThat(r.translation(), is(nullValue()));
    assertThat(r.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(r.httpStatus(), is(503));
    assertThat(r.message(), is("HTTP 503: busy"));
    assertThat(r.attempts(), is(MAX_ATTEMPTS));
    assertThat(r.requests(), is(MAX_ATTEMPTS));
    assertThat(r.retries(), is(MAX_ATTEMPTS - 1));
    assertThat(fake.calls, hasSize(MAX_ATTEMPTS));
    assertThat(sleeps, hasSize(MAX_ATTEMPTS - 1));
  }

  @Test
  void retryAfterFromTheProviderIsWhatTheSleeperWaits() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .then(
                texts -> {
                  throw new TranslationException(
                      ErrorClass.TRANSIENT, 429, "HTTP 429: slow down", Duration.ofSeconds(5));
                })
            .then(
                texts -> {
                  throw new TranslationException(
                      ErrorClass.TRANSIENT, 429, "HTTP 429: slow down", Duration.ofHours(2));
                });

    assertThat(translate(fake, A).get(0).succeeded(), is(true));
    assertThat(sleeps, contains(Duration.ofSeconds(5), Duration.ofSeconds(60)));
  }

  @ParameterizedTest
  @EnumSource(
      value = ErrorClass.class,
      names = {"PERMANENT"})
  void permanentErrorsAreNeverRetried(ErrorClass errorClass) {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .thenFail(errorClass, 400, "HTTP 400: That pair is not installed");

    TextResult r = translate(fake, A).get(0);

    assertThat(r.succeeded(), is(false));
    assertThat(r.errorClass(), is(errorClass));
    assertThat(r.httpStatus(), is(400));
    assertThat(r.message(), containsString("That pair is not installed"));
    assertThat(r.attempts(), is(1));
    assertThat(r.requests(), is(1));
    assertThat(r.retries(), is(0));
    assertThat(fake.calls, hasSize(1));
    assertThat(sleeps, is(empty()));
    assertThat(breaker.isOpen(), is(false));
  }

  @Test
  void permanentErrorForOneTextDoesNotStopTheNext() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .thenFail(ErrorClass.PERMANENT, 413, "HTTP 413: too large");
    List<TextResult> results = translate(fake, A, B);
    assertThat(results.get(0).errorClass(), is(ErrorClass.PERMANENT));
    assertThat(results.get(1).translation(), is("ES:" + B));
  }

  @Test
  void qualityFailuresAreRetriedAndThenReported() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .then(texts -> List.of(""))
            .then(texts -> List.of("short"));
    TextResult ok = translate(fake, A).get(0);
    assertThat(ok.succeeded(), is(true));
    assertThat(ok.attempts(), is(3));
    assertThat(requestErrors, contains(ErrorClass.QUALITY, ErrorClass.QUALITY, null));

    int[] n = {0};
    FakeTranslator varying =
        new FakeTranslator(ONE_AT_A_TIME).otherwise(texts -> List.of(" ".repeat(++n[0])));
    TextResult failed = translate(varying, B).get(0);
    assertThat(failed.succeeded(), is(false));
    assertThat(failed.errorClass(), is(ErrorClass.QUALITY));
    assertThat(failed.httpStatus(), is(200));
    assertThat(failed.message(), is("empty translation"));
    assertThat(failed.attempts(), is(MAX_ATTEMPTS));
    assertThat(varying.calls, hasSize(MAX_ATTEMPTS));
  }

  /** A deterministic engine asked again gives the same answer: a third request would be wasted. */
  @Test
  void theSameDefectiveReplyTwiceEndsTheAttempts() {
    FakeTranslator echo = new FakeTranslator(ONE_AT_A_TIME).otherwise(texts -> texts);

    TextResult failed = translate(echo, B).get(0);

    assertThat(echo.calls, hasSize(2));
    assertThat(failed.errorClass(), is(ErrorClass.QUALITY));
    assertThat(
        failed.message(),
        allOf(
            startsWith("translation is identical to the source"),
            containsString("the same reply came back")));
    assertThat(failed.attempts(), is(2));
  }

  @Test
  void aRetryNamesTheDefectOfTheTextsEarlierReply() {
    FakeTranslator fake = new FakeTranslator(ONE_AT_A_TIME).then(texts -> List.of(""));

    assertThat(translate(fake, A).get(0).succeeded(), is(true));

    assertThat(
        fake.defects, contains(Collections.singletonList(null), List.of("empty translation")));
  }

  // ---------------------------------------------------------------- batches

  @Test
  void textsAreBatchedWithinTheProvidersLimits() {
    FakeTranslator three = new FakeTranslator(BATCHES_OF_THREE);
    List<TextResult> results = translate(three, A, B, C, D);
    assertThat(three.calls, contains(List.of(A, B, C), List.of(D)));
    assertThat(
        results.stream().map(TextResult::translation).collect(Collectors.toList()),
        contains("ES:" + A, "ES:" + B, "ES:" + C, "ES:" + D));
    assertThat(
        results.stream().map(TextResult::requests).collect(Collectors.toList()),
        contains(1, 0, 0, 1));
    assertThat(requestTexts, contains(3, 1));

    FakeTranslator byChars = new FakeTranslator(new RequestLimits(10, 100, 2 * A.length() + 1));
    translate(byChars, A, B, C);
    assertThat(byChars.calls, contains(List.of(A, B), List.of(C)));
  }

  @Test
  void permanentFailureOfABatchIsRetriedTextByText() {
    FakeTranslator fake =
        new FakeTranslator(BATCHES_OF_THREE)
            .otherwise(
                texts -> {
                  if (texts.contains(B)) {
                    throw new TranslationException(ErrorClass.PERMANENT, 400, "HTTP 400: bad text");
                  }
                  return FakeTranslator.ECHO_SPANISH.reply(texts);
                });

    List<TextResult> results = translate(fake, A, B, C);

    assertThat(fake.calls, contains(List.of(A, B, C), List.of(A), List.of(B), List.of(C)));
    assertThat(results.get(0).translation(), is("ES:" + A));
    assertThat(results.get(1).succeeded(), is(false));
    assertThat(results.get(1).errorClass(), is(ErrorClass.PERMANENT));
    assertThat(results.get(1).attempts(), is(1));
    assertThat(results.get(2).translation(), is("ES:" + C));
    assertThat(sleeps, is(empty()));
    assertThat(results.stream().mapToInt(TextResult::requests).sum(), is(fake.calls.size()));
  }

  @Test
  void qualityFailureOfOneTextInABatchDoesNotSinkItsNeighbours() {
    FakeTranslator fake =
        new FakeTranslator(BATCHES_OF_THREE)
            .otherwise(
                texts ->
                    texts.stream()
                        .map(t -> t.equals(B) ? t : "ES:" + t)
                        .collect(Collectors.toList()));

    List<TextResult> results = translate(fake, A, B, C);

    assertThat(results.get(0).translation(), is("ES:" + A));
    assertThat(results.get(1).errorClass(), is(ErrorClass.QUALITY));
    assertThat(results.get(1).attempts(), is(2));
    assertThat(results.get(2).translation(), is("ES:" + C));
    assertThat(results.stream().mapToInt(TextResult::requests).sum(), is(fake.calls.size()));
  }

  /** The good translations of a batch are kept; only the defective text is paid for again. */
  @Test
  void onlyTheDefectiveTextOfABatchIsAskedAgain() {
    FakeTranslator fake =
        new FakeTranslator(BATCHES_OF_THREE).then(texts -> List.of("ES:" + A, "", "ES:" + C));

    List<TextResult> results = translate(fake, A, B, C);

    assertThat(fake.calls, contains(List.of(A, B, C), List.of(B)));
    assertThat(
        results.stream().map(TextResult::translation).collect(Collectors.toList()),
        contains("ES:" + A, "ES:" + B, "ES:" + C));
    assertThat(
        results.stream().map(TextResult::attempts).collect(Collectors.toList()), contains(1, 2, 1));
    assertThat(results.stream().mapToInt(TextResult::requests).sum(), is(2));
    assertThat(requestErrors, contains(ErrorClass.QUALITY, null));
  }

  // ---------------------------------------------------------------- results as they arrive

  @Test
  void eachResultReachesTheSinkBeforeTheNextRequest() {
    List<Integer> seenAtEachCall = new ArrayList<>();
    List<Integer> sunk = new ArrayList<>();
    FakeTranslator fake =
        new FakeTranslator(BATCHES_OF_THREE)
            .otherwise(
                texts -> {
                  seenAtEachCall.add(sunk.size());
                  return FakeTranslator.ECHO_SPANISH.reply(texts);
                });

    resilient(fake).translateAll(List.of(A, B, C, D), (text, result, latency) -> sunk.add(text));

    assertThat(seenAtEachCall, contains(0, 3));
    assertThat(sunk, contains(0, 1, 2, 3));
  }

  @Test
  void aSinkThatStopsEndsTheSendingAndTheRestFailWithItsReason() {
    List<TextResult> sunk = new ArrayList<>();
    FakeTranslator fake = new FakeTranslator(ONE_AT_A_TIME);

    ResilientTranslator.ResultSink stopping =
        (text, result, latency) -> {
          sunk.add(result);
          throw new TranslationException(ErrorClass.TRANSIENT, 0, "not sent: cache full");
        };

    List<TextResult> results = resilient(fake).translateAll(List.of(A, B, C), stopping);

    assertThat(fake.calls, contains(List.of(A)));
    assertThat(results.get(0).translation(), is("ES:" + A));
    for (TextResult later : results.subList(1, 3)) {
      assertThat(later.errorClass(), is(ErrorClass.TRANSIENT));
      assertThat(later.message(), is("not sent: cache full"));
      assertThat(later.requests(), is(0));
    }
    assertThat(sunk, is(results));
  }

  @Test
  void fewerTranslationsThanTextsIsTransient() {
    FakeTranslator fake =
        new FakeTranslator(BATCHES_OF_THREE).then(texts -> List.of("ES:" + texts.get(0)));

    List<TextResult> results = translate(fake, A, B);

    assertThat(requestErrors, contains(ErrorClass.TRANSIENT, null));
    assertThat(results.get(0).translation(), is("ES:" + A));
    assertThat(results.get(1).translation(), is("ES:" + B));
    assertThat(results.get(0).attempts(), is(2));
    assertThat(results.get(1).attempts(), is(2));

    FakeTranslator always =
        new FakeTranslator(BATCHES_OF_THREE).otherwise(texts -> List.of("ES:" + texts.get(0)));
    List<TextResult> failed = translate(always, C, D);
    for (TextResult r : failed) {
      assertThat(r.errorClass(), is(ErrorClass.TRANSIENT));
      assertThat(r.message(), containsString("1 translations for 2 texts"));
      assertThat(r.attempts(), is(MAX_ATTEMPTS));
    }
  }

  @Test
  void moreTranslationsThanTextsOrNoListAtAllIsTransient() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .then(texts -> List.of("ES:1", "ES:2"))
            .then(texts -> null);
    TextResult r = translate(fake, A).get(0);
    assertThat(r.succeeded(), is(true));
    assertThat(requestErrors, contains(ErrorClass.TRANSIENT, ErrorClass.TRANSIENT, null));
  }

  // ---------------------------------------------------------------- circuit breaker

  @ParameterizedTest
  @EnumSource(
      value = ErrorClass.class,
      names = {"AUTH", "QUOTA"})
  void authOrQuotaOpensTheBreakerAndLaterTextsFailWithoutRequests(ErrorClass errorClass) {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME).thenFail(errorClass, 403, "HTTP 403: key rejected");

    List<TextResult> results = translate(fake, A, B, C);

    assertThat(fake.calls, contains(List.of(A)));
    assertThat(breaker.isOpen(), is(true));
    assertThat(sleeps, is(empty()));
    TextResult first = results.get(0);
    assertThat(first.errorClass(), is(errorClass));
    assertThat(first.message(), is("HTTP 403: key rejected"));
    assertThat(first.attempts(), is(1));
    assertThat(first.requests(), is(1));
    for (TextResult later : results.subList(1, 3)) {
      assertThat(later.succeeded(), is(false));
      assertThat(later.errorClass(), is(errorClass));
      assertThat(later.httpStatus(), is(403));
      assertThat(
          later.message(), allOf(containsString("not sent"), containsString("key rejected")));
      assertThat(later.attempts(), is(0));
      assertThat(later.requests(), is(0));
      assertThat(later.retries(), is(0));
    }
  }

  @Test
  void authAfterATransientRetryStopsRetrying() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .thenFail(ErrorClass.TRANSIENT, 503, "busy")
            .thenFail(ErrorClass.AUTH, 401, "HTTP 401: expired");
    List<TextResult> results = translate(fake, A, B);
    assertThat(fake.calls, hasSize(2));
    assertThat(results.get(0).errorClass(), is(ErrorClass.AUTH));
    assertThat(results.get(0).attempts(), is(2));
    assertThat(results.get(1).attempts(), is(0));
  }

  @Test
  void breakerOpenedByAnotherWorkerStopsEveryRequest() {
    breaker = CircuitBreaker.forRun("run-" + UUID.randomUUID());
    breaker.open(new TranslationException(ErrorClass.QUOTA, 456, "HTTP 456: quota exceeded"));
    FakeTranslator fake = new FakeTranslator(BATCHES_OF_THREE);

    List<TextResult> results = translate(fake, A, B, C, D);

    assertThat(fake.calls, is(empty()));
    assertThat(
        results.stream().map(TextResult::errorClass).collect(Collectors.toList()),
        everyItem(is(ErrorClass.QUOTA)));
    assertThat(results.stream().mapToInt(TextResult::requests).sum(), is(0));
  }

  @Test
  void permanentAndTransientErrorsDoNotOpenTheBreaker() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .thenFail(ErrorClass.PERMANENT, 400, "bad")
            .otherwise(failing(ErrorClass.TRANSIENT, 502, "bad gateway"));
    translate(fake, A, B);
    assertThat(breaker.isOpen(), is(false));
    assertThat(fake.calls, hasSize(1 + MAX_ATTEMPTS));
  }

  @Test
  void aStopInTheMiddleOfABatchKeepsItsTranslationsAndNeitherWaitsNorRetries() {
    FakeTranslator fake =
        new FakeTranslator(BATCHES_OF_THREE).then(texts -> List.of("ES:" + A, "", "ES:" + C));
    ResilientTranslator.ResultSink stopping =
        (text, result, latency) -> {
          throw new TranslationException(ErrorClass.TRANSIENT, 0, "not sent: cache full");
        };

    List<TextResult> results = resilient(fake).translateAll(List.of(A, B, C, D), stopping);

    assertThat(fake.calls, hasSize(1));
    assertThat(sleeps, is(empty()));
    assertThat(results.get(0).translation(), is("ES:" + A));
    assertThat(results.get(2).translation(), is("ES:" + C));
    assertThat(results.get(1).message(), is("not sent: cache full"));
    assertThat(results.get(3).message(), is("not sent: cache full"));
  }

  // ---------------------------------------------------------------- provider bugs

  @Test
  void runtimeExceptionFromTheProviderBecomesAFailureNeverThrown() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .otherwise(
                texts -> {
                  throw new IllegalStateException("provider bug");
                });

    List<TextResult> results = translate(fake, A, B);

    for (TextResult r : results) {
      assertThat(r.succeeded(), is(false));
      assertThat(r.errorClass(), is(ErrorClass.TRANSIENT));
      assertThat(
          r.message(),
          allOf(containsString("IllegalStateException"), containsString("provider bug")));
    }
    assertThat(requestErrors, everyItem(is(ErrorClass.TRANSIENT)));
    assertThat(requestErrors, hasSize(fake.calls.size()));
  }

  @Test
  void anErrorFromTheProviderBecomesAFailureNeverThrown() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .then(
                texts -> {
                  throw new StackOverflowError("regex on a hostile reply");
                })
            .otherwise(
                texts -> {
                  throw new AssertionError("provider bug");
                });

    List<TextResult> results = translate(fake, A);

    assertThat(results.get(0).errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(
        results.get(0).message(),
        allOf(containsString("AssertionError"), containsString("provider bug")));
    assertThat(fake.calls, hasSize(MAX_ATTEMPTS));
  }

  @Test
  void runtimeExceptionOnceThenSuccess() {
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME)
            .then(
                texts -> {
                  throw new NullPointerException();
                });
    TextResult r = translate(fake, A).get(0);
    assertThat(r.succeeded(), is(true));
    assertThat(r.attempts(), is(2));
  }

  // ---------------------------------------------------------------- long texts

  @Test
  void longTextIsSentInPiecesAndJoinedWithItsParagraphs() {
    RequestLimits small = new RequestLimits(1, 100, 100);
    String p1 =
        "First paragraph sentence one is here. First paragraph sentence two is here. And three.";
    String p2 =
        "Second paragraph sentence one is here. Second paragraph sentence two is here too. Four.";
    FakeTranslator fake = new FakeTranslator(small);

    TextResult r = translate(fake, p1 + " " + p2.replace("Second", "More") + "\n\n" + p2).get(0);

    assertThat(r.succeeded(), is(true));
    assertThat(
        fake.calls.stream().map(c -> c.get(0).length()).collect(Collectors.toList()),
        everyItem(is(lessThanOrEqualTo(100))));
    assertThat(fake.calls.size(), is(r.requests()));
    assertThat(r.attempts(), is(1));
    assertThat(r.translation().split("\n\n").length, is(2));
    assertThat(r.translation(), containsString("ES:First paragraph sentence one is here."));
    assertThat(fake.calls.size(), is(3)); // p1 and its 'More' copy are too long for one piece
    assertThat(
        r.translation(),
        is(
            fake.calls.stream().limit(2).map(c -> "ES:" + c.get(0)).collect(Collectors.joining(" "))
                + "\n\nES:"
                + p2));
  }

  @Test
  void failedPieceStopsTheRestOfItsTextButNotOtherTexts() {
    RequestLimits small = new RequestLimits(1, 40, 40);
    String longText =
        "Piece one is this sentence. Piece two is this sentence. Piece three is this one.";
    FakeTranslator fake =
        new FakeTranslator(small)
            .then(FakeTranslator.ECHO_SPANISH)
            .thenFail(ErrorClass.PERMANENT, 400, "HTTP 400: bad piece");

    List<TextResult> results = translate(fake, longText, "Short.");

    assertThat(
        fake.calls,
        contains(
            List.of("Piece one is this sentence."),
            List.of("Piece two is this sentence."),
            List.of("Short.")));
    assertThat(results.get(0).errorClass(), is(ErrorClass.PERMANENT));
    assertThat(results.get(0).requests(), is(2));
    assertThat(results.get(1).translation(), is("ES:Short."));
  }

  // ---------------------------------------------------------------- accounting

  @Test
  void requestsAndRetriesAddUpToWhatWasSent() {
    FakeTranslator fake = new FakeTranslator(ONE_AT_A_TIME);
    fake.then(FakeTranslator.ECHO_SPANISH) // A: ok
        .thenFail(ErrorClass.TRANSIENT, 503, "busy") // B: one retry
        .then(FakeTranslator.ECHO_SPANISH)
        .thenFail(ErrorClass.PERMANENT, 404, "gone"); // C: permanent
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      fake.thenFail(ErrorClass.TRANSIENT, 504, "timeout"); // D: every attempt fails
    }

    List<TextResult> results = translate(fake, A, B, C, D);

    assertThat(
        results.stream().map(TextResult::requests).collect(Collectors.toList()),
        contains(1, 2, 1, MAX_ATTEMPTS));
    assertThat(
        results.stream().map(TextResult::retries).collect(Collectors.toList()),
        contains(0, 1, 0, MAX_ATTEMPTS - 1));
    assertThat(
        results.stream().map(TextResult::attempts).collect(Collectors.toList()),
        contains(1, 2, 1, MAX_ATTEMPTS));
    int requests = results.stream().mapToInt(TextResult::requests).sum();
    int retries = results.stream().mapToInt(TextResult::retries).sum();
    assertThat(requests, is(fake.calls.size()));
    assertThat(requests, is(requestErrors.size()));
    assertThat(retries, is(sleeps.size()));
    assertThat(retries, is(retryClasses.size()));
    assertThat(Collections.frequency(requestErrors, null), is(2)); // A and B's second attempt
  }

  @Test
  void interruptedSleepEndsTheRetriesWithTheLastError() {
    Sleeper interrupted =
        d -> {
          throw new InterruptedException();
        };
    FakeTranslator fake =
        new FakeTranslator(ONE_AT_A_TIME).otherwise(failing(ErrorClass.TRANSIENT, 503, "busy"));
    ResilientTranslator r =
        new ResilientTranslator(
            fake,
            RetryPolicy.withMaxAttempts(MAX_ATTEMPTS),
            breaker,
            new QualityGate(),
            interrupted,
            new Random(1),
            listener);

    TextResult result = r.translateAll(List.of(A)).get(0);

    assertThat(result.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(result.attempts(), is(1));
    assertThat(fake.calls, hasSize(1));
    assertThat(Thread.currentThread().isInterrupted(), is(true));
  }
}
