package com.digesttranslator.pipeline.shard;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.resilience.TranslationListener;
import java.time.Duration;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Beam counters for the translation calls. Backoff waits are reported as throttled time under
 * Beam's well-known name, which Dataflow's autoscaler reads so a throttled job does not scale up.
 */
public final class TranslationMetrics implements TranslationListener {
  static final String NAMESPACE = "translate";

  /**
   * Prefix of the per-class counters of abstracts that ended failed; on Dataflow the alert policy
   * in pipelines/dataflow/alert-policy.json watches every counter with this prefix.
   */
  public static final String FAILED_ABSTRACTS = "failed_abstracts_";

  private final Counter requests = Metrics.counter(NAMESPACE, "requests");
  private final Counter retries = Metrics.counter(NAMESPACE, "retries");
  private final Counter charsSent = Metrics.counter(NAMESPACE, "chars_sent");
  private final Distribution latency = Metrics.distribution(NAMESPACE, "latency_ms");
  private final Counter throttled =
      Metrics.counter(Metrics.THROTTLE_TIME_NAMESPACE, Metrics.THROTTLE_TIME_COUNTER_NAME);

  @Override
  public void onRequest(int texts, long chars, Duration took, ErrorClass error) {
    requests.inc();
    charsSent.inc(chars);
    latency.update(took.toMillis());
    if (error != null) {
      Metrics.counter(NAMESPACE, "failed_requests_" + error.label()).inc();
    }
  }

  @Override
  public void onRetry(ErrorClass error, Duration delay) {
    retries.inc();
    throttled.inc(delay.toMillis());
  }

  static void countFailure(String errorClass) {
    Metrics.counter(NAMESPACE, FAILED_ABSTRACTS + errorClass).inc();
  }
}
