package com.digesttranslator.translate.resilience;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import com.digesttranslator.translate.provider.http.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  private static final RetryPolicy POLICY =
      new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60));

  private static TranslationException error(ErrorClass errorClass) {
    return new TranslationException(errorClass, 0, "x");
  }

  private static TranslationException retryAfter(Duration asked) {
    return new TranslationException(ErrorClass.TRANSIENT, 429, "slow down", asked);
  }

  /** A Random that always returns the same double, to pin the ends of the jitter range. */
  private static Random fixed(double value) {
    return new Random() {
      @Override
      public double nextDouble() {
        return value;
      }
    };
  }

  private static final double ALMOST_ONE = Math.nextDown(1.0);

  @Test
  void atLeastOneAttemptIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.withMaxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.withMaxAttempts(-3));
    assertThat(RetryPolicy.withMaxAttempts(1).maxAttempts(), is(1));
  }

  @Test
  void defaultsAreHalfASecondThirtySecondsAndOneMinute() {
    RetryPolicy policy = RetryPolicy.withMaxAttempts(4);
    assertThat(policy.maxAttempts(), is(4));
    assertThat(policy.initialBackoff(), is(Duration.ofMillis(500)));
    assertThat(policy.maxBackoff(), is(Duration.ofSeconds(30)));
    assertThat(policy.maxRetryAfter(), is(Duration.ofSeconds(60)));
  }

  @ParameterizedTest
  @EnumSource(
      value = ErrorClass.class,
      names = {"TRANSIENT", "QUALITY"})
  void retryableClassesAreRetriedUntilMaxAttempts(ErrorClass errorClass) {
    assertThat(POLICY.shouldRetry(error(errorClass), 1), is(true));
    assertThat(POLICY.shouldRetry(error(errorClass), 4), is(true));
    assertThat(POLICY.shouldRetry(error(errorClass), 5), is(false));
    assertThat(POLICY.shouldRetry(error(errorClass), 6), is(false));
  }

  @ParameterizedTest
  @EnumSource(
      value = ErrorClass.class,
      names = {"PERMANENT", "AUTH", "QUOTA"})
  void otherClassesAreNeverRetried(ErrorClass errorClass) {
    assertThat(POLICY.shouldRetry(error(errorClass), 1), is(false));
  }

  @Test
  void singleAttemptPolicyNeverRetries() {
    assertThat(
        RetryPolicy.withMaxAttempts(1).shouldRetry(error(ErrorClass.TRANSIENT), 1), is(false));
  }

  @Test
  void fullJitterStaysWithinZeroAndTheExponentialCeiling() {
    Random random = new Random(20260115L);
    long[] ceilings = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
    for (int attempt = 1; attempt <= ceilings.length; attempt++) {
      long ceiling = ceilings[attempt - 1];
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < 2000; i++) {
        long delay = POLICY.delayAfter(attempt, error(ErrorClass.TRANSIENT), random).toMillis();
        min = Math.min(min, delay);
        max = Math.max(max, delay);
      }
      assertThat("attempt " + attempt, min, is(greaterThanOrEqualTo(0L)));
      assertThat("attempt " + attempt, max, is(lessThanOrEqualTo(ceiling)));
      // Full jitter: the whole range is used, not just its upper half.
      assertThat("attempt " + attempt, min, is(lessThan(ceiling / 20)));
      assertThat("attempt " + attempt, max, is(greaterThan(ceiling * 19 / 20)));
    }
  }

  @Test
  void sameSeedGivesTheSameDelays() {
    Random a = new Random(7);
    Random b = new Random(7);
    for (int attempt = 1; attempt <= 6; attempt++) {
      assertThat(
          POLICY.delayAfter(attempt, error(ErrorClass.TRANSIENT), a),
          is(POLICY.delayAfter(attempt, error(ErrorClass.TRANSIENT), b)));
    }
  }

  @Test
  void theEndsOfTheJitterRangeAreZeroAndTheCeiling() {
    assertThat(POLICY.delayAfter(1, error(ErrorClass.TRANSIENT), fixed(0.0)), is(Duration.ZERO));
    assertThat(
        POLICY.delayAfter(1, error(ErrorClass.TRANSIENT), fixed(ALMOST_ONE)),
        is(Duration.ofMillis(500)));
    assertThat(
        POLICY.delayAfter(3, error(ErrorClass.TRANSIENT), fixed(ALMOST_ONE)),
        is(Duration.ofMillis(2000)));
    assertThat(
        POLICY.delayAfter(3, error(ErrorClass.TRANSIENT), fixed(0.5)), is(Duration.ofMillis(1000)));
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 8, 20, 31, 32, 63, 64, 1000, Integer.MAX_VALUE})
  void backoffIsCappedAtMaxBackoffForEveryAttempt(int attempt) {
    assertThat(
        POLICY.delayAfter(attempt, error(ErrorClass.TRANSIENT), fixed(ALMOST_ONE)),
        is(Duration.ofSeconds(30)));
    assertThat(
        POLICY.delayAfter(attempt, error(ErrorClass.TRANSIENT), fixed(0.0)), is(Duration.ZERO));
  }

  @Test
  void retryAfterIsHonouredInsteadOfBackoff() {
    Random random = new Random(1);
    assertThat(
        POLICY.delayAfter(1, retryAfter(Duration.ofSeconds(7)), random), is(Duration.ofSeconds(7)));
    assertThat(
        POLICY.delayAfter(6, retryAfter(Duration.ofMillis(1500)), random),
        is(Duration.ofMillis(1500)));
    // Above maxBackoff but below maxRetryAfter: the server knows best.
    assertThat(
        POLICY.delayAfter(1, retryAfter(Duration.ofSeconds(45)), random),
        is(Duration.ofSeconds(45)));
    assertThat(POLICY.delayAfter(1, retryAfter(Duration.ZERO), random), is(Duration.ZERO));
  }

  @Test
  void retryAfterIsCappedAtMaxRetryAfter() {
    Random random = new Random(1);
    assertThat(
        POLICY.delayAfter(1, retryAfter(Duration.ofSeconds(61)), random),
        is(Duration.ofSeconds(60)));
    assertThat(
        POLICY.delayAfter(1, retryAfter(Duration.ofDays(365)), random), is(Duration.ofSeconds(60)));
    assertThat(
        POLICY.delayAfter(1, retryAfter(Duration.ofMillis(Long.MAX_VALUE)), random),
        is(Duration.ofSeconds(60)));
  }

  @Test
  void retryAfterFromAHeaderIsCappedToo() {
    Duration hostile = RetryAfter.parse("99999999999999999999", Instant.EPOCH);
    assertThat(
        POLICY.delayAfter(1, retryAfter(hostile), new Random(1)), is(Duration.ofSeconds(60)));
  }

  /** A negative wait (a provider's own header parsing, say) once reached Thread.sleep(-1). */
  @Test
  void aNegativeRetryAfterWaitsNothing() {
    Random random = new Random(1);
    assertThat(POLICY.delayAfter(1, retryAfter(Duration.ofMillis(-1)), random), is(Duration.ZERO));
    assertThat(POLICY.delayAfter(3, retryAfter(Duration.ofDays(-2)), random), is(Duration.ZERO));
  }

  @Test
  void theRealSleeperTreatsANegativeDurationAsNoWait() throws InterruptedException {
    Sleeper.REAL.sleep(Duration.ofMillis(-1));
    Sleeper.REAL.sleep(Duration.ofSeconds(-30));
  }
}
