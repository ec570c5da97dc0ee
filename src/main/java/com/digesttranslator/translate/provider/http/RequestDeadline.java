package com.digesttranslator.translate.provider.http;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.client.methods.HttpRequestWrapper;
import org.apache.http.client.methods.HttpUriRequest;

/**
 * The total time one HTTP request may take (connect, send, and reading the whole reply), enforced
 * by aborting it. Per-read timeouts alone never stop a server that trickles a byte before each one
 * would expire.
 *
 * <p>Started on the calling thread before the request is executed; {@link #interceptor()} ties the
 * Apache request that the client then sends on the same thread to it.
 */
final class RequestDeadline implements AutoCloseable {

  private static final ScheduledThreadPoolExecutor TIMER = timer();
  private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

  private final ScheduledFuture<?> expiry;
  private HttpUriRequest request;
  private boolean expired;

  private RequestDeadline(Duration timeout) {
    expiry = TIMER.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = Executors.defaultThreadFactory().newThread(runnable);
              thread.setName("http-request-deadline");
              thread.setDaemon(true);
              return thread;
            });
    // Most requests end long before their deadline: drop their timers, do not keep them queued.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /** A deadline {@code timeout} from now for the request this thread sends next. */
  static RequestDeadline start(Duration timeout) {
    RequestDeadline deadline = new RequestDeadline(timeout);
    CURRENT.set(deadline);
    return deadline;
  }

  /** For the Apache client: hands each request it sends to the deadline of the sending thread. */
  static HttpRequestInterceptor interceptor() {
    return (request, context) -> {
      RequestDeadline deadline = CURRENT.get();
      Object original =
          request instanceof HttpRequestWrapper wrapper ? wrapper.getOriginal() : request;
      if (deadline != null && original instanceof HttpUriRequest uriRequest) {
        deadline.attach(uriRequest);
      }
    };
  }

  private synchronized void attach(HttpUriRequest uriRequest) {
    request = uriRequest;
    if (expired) {
      request.abort();
    }
  }

  private synchronized void expire() {
    expired = true;
    abort();
  }

  /** Whether the deadline passed before the request ended. */
  synchronized boolean expired() {
    return expired;
  }

  /**
   * Closes the connection now: giving up on a reply must not drain the rest of it first, which is
   * what closing its stream does to keep the connection for the next request.
   */
  synchronized void abort() {
    if (request != null) {
      request.abort();
    }
  }

  @Override
  public void close() {
    expiry.cancel(false);
    CURRENT.remove();
  }
}
