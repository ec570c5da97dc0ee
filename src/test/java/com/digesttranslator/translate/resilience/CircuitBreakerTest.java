package com.digesttranslator.translate.resilience;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  @Test
  void newBreakerIsClosed() {
    assertThat(new CircuitBreaker().isOpen(), is(false));
  }

  @Test
  void openingKeepsTheFirstCauseAndRejectsWithItsClassAndStatus() {
    CircuitBreaker breaker = new CircuitBreaker();
    breaker.open(new TranslationException(ErrorClass.AUTH, 403, "HTTP 403: key rejected"));
    breaker.open(new TranslationException(ErrorClass.QUOTA, 456, "HTTP 456: quota"));

    assertThat(breaker.isOpen(), is(true));
    TranslationException rejection = breaker.rejection();
    assertThat(rejection.errorClass(), is(ErrorClass.AUTH));
    assertThat(rejection.httpStatus(), is(403));
    assertThat(
        rejection.getMessage(),
        allOf(
            containsString("not sent"),
            containsString("auth"),
            containsString("HTTP 403: key rejected"),
            not(containsString("456"))));
    assertThat(rejection.retryAfter().isPresent(), is(false));
  }

  @Test
  void rejectionsAreNewExceptionsEachTime() {
    CircuitBreaker breaker = new CircuitBreaker();
    breaker.open(new TranslationException(ErrorClass.QUOTA, 429, "quota"));
    assertThat(breaker.rejection(), is(not(sameInstance(breaker.rejection()))));
    assertThat(breaker.rejection().errorClass(), is(ErrorClass.QUOTA));
  }

  @Test
  void forRunSharesOneBreakerPerRunId() {
    String run = "run-" + UUID.randomUUID();
    String other = "run-" + UUID.randomUUID();
    assertThat(CircuitBreaker.forRun(run), is(sameInstance(CircuitBreaker.forRun(run))));
    assertThat(CircuitBreaker.forRun(run), is(not(sameInstance(CircuitBreaker.forRun(other)))));

    CircuitBreaker.forRun(run).open(new TranslationException(ErrorClass.AUTH, 401, "bad key"));
    assertThat(CircuitBreaker.forRun(run).isOpen(), is(true));
    assertThat(CircuitBreaker.forRun(other).isOpen(), is(false));
  }

  @Test
  void concurrentOpenersAgreeOnOneCause() throws Exception {
    CircuitBreaker breaker = new CircuitBreaker();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                breaker.open(new TranslationException(ErrorClass.AUTH, 400 + n, "cause " + n));
              });
      threads.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    int status = breaker.rejection().httpStatus();
    for (int i = 0; i < 5; i++) {
      assertThat(breaker.rejection().httpStatus(), is(status));
      assertThat(breaker.rejection().getMessage(), containsString("cause " + (status - 400)));
    }
  }
}
