package com.digesttranslator.pipeline.coders;

import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.FailureClass;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.outcome.RunCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Field-by-field coders for the {@code outcome} records that flow between the job's steps, which
 * keeps that package free of Beam. Java serialization, Beam's fallback for them, wrote each
 * element's class descriptors anew and was a sixth of the job's own CPU on the Direct Runner, which
 * encodes and decodes grouped elements for every bundle (docs/benchmarks.md, section 2).
 *
 * <p>Enums are written by ordinal: an encoding lives only as long as one job.
 */
public final class OutcomeCoders {
  private static final Coder<String> STRING = StringUtf8Coder.of();
  private static final Coder<String> NULLABLE_STRING = NullableCoder.of(StringUtf8Coder.of());
  private static final Coder<Integer> INT = VarIntCoder.of();
  private static final Coder<Long> LONG = VarLongCoder.of();
  private static final Coder<Boolean> BOOLEAN = BooleanCoder.of();

  private OutcomeCoders() {}

  /** Makes these the coders of their records in the pipeline that owns {@code registry}. */
  public static void registerIn(CoderRegistry registry) {
    registry.registerCoderForClass(AbstractTask.class, AbstractTaskCoder.of());
    registry.registerCoderForClass(PendingText.class, PendingTextCoder.of());
    registry.registerCoderForClass(AbstractOutcome.class, AbstractOutcomeCoder.of());
    registry.registerCoderForClass(RunCounts.class, RunCountsCoder.of());
  }

  /** The records' fields hold nothing whose encoding could vary: equal values, equal bytes. */
  private abstract static class DeterministicCoder<T> extends AtomicCoder<T> {
    @Override
    public void verifyDeterministic() {}
  }

  public static final class AbstractTaskCoder extends DeterministicCoder<AbstractTask> {
    private static final AbstractTaskCoder INSTANCE = new AbstractTaskCoder();

    public static AbstractTaskCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(AbstractTask task, OutputStream out) throws IOException {
      STRING.encode(task.path(), out);
      NULLABLE_STRING.encode(task.week(), out);
      INT.encode(task.entryIndex(), out);
      INT.encode(task.rank(), out);
      NULLABLE_STRING.encode(task.title(), out);
      STRING.encode(task.text(), out);
    }

    @Override
    public AbstractTask decode(InputStream in) throws IOException {
      return new AbstractTask(
          STRING.decode(in),
          NULLABLE_STRING.decode(in),
          INT.decode(in),
          INT.decode(in),
          NULLABLE_STRING.decode(in),
          STRING.decode(in));
    }
  }

  public static final class PendingTextCoder extends DeterministicCoder<PendingText> {
    private static final PendingTextCoder INSTANCE = new PendingTextCoder();

    public static PendingTextCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(PendingText text, OutputStream out) throws IOException {
      STRING.encode(text.key(), out);
      AbstractTaskCoder.of().encode(text.task(), out);
    }

    @Override
    public PendingText decode(InputStream in) throws IOException {
      return new PendingText(STRING.decode(in), AbstractTaskCoder.of().decode(in));
    }
  }

  public static final class AbstractOutcomeCoder extends DeterministicCoder<AbstractOutcome> {
    private static final AbstractOutcomeCoder INSTANCE = new AbstractOutcomeCoder();
    private static final AbstractOutcome.Status[] STATUSES = AbstractOutcome.Status.values();
    private static final FailureClass[] FAILURE_CLASSES = FailureClass.values();

    public static AbstractOutcomeCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(AbstractOutcome o, OutputStream out) throws IOException {
      STRING.encode(o.path(), out);
      NULLABLE_STRING.encode(o.week(), out);
      INT.encode(o.entryIndex(), out);
      INT.encode(o.rank(), out);
      NULLABLE_STRING.encode(o.title(), out);
      INT.encode(o.status().ordinal(), out);
      NULLABLE_STRING.encode(o.translation(), out);
      BOOLEAN.encode(o.fromCache(), out);
      AbstractOutcome.Cost cost = o.cost();
      INT.encode(cost.requests(), out);
      INT.encode(cost.retries(), out);
      LONG.encode(cost.latencyMillis(), out);
      LONG.encode(cost.finishedAtMillis(), out);
      LONG.encode(cost.chars(), out);
      AbstractOutcome.Failure failure = o.failure();
      BOOLEAN.encode(failure != null, out);
      if (failure != null) {
        INT.encode(failure.errorClass().ordinal(), out);
        INT.encode(failure.httpStatus(), out);
        INT.encode(failure.attempts(), out);
        INT.encode(failure.line(), out);
        NULLABLE_STRING.encode(failure.message(), out);
      }
    }

    @Override
    public AbstractOutcome decode(InputStream in) throws IOException {
      String path = STRING.decode(in);
      String week = NULLABLE_STRING.decode(in);
      int entryIndex = INT.decode(in);
      int rank = INT.decode(in);
      String title = NULLABLE_STRING.decode(in);
      AbstractOutcome.Status status = element(STATUSES, INT.decode(in));
      String translation = NULLABLE_STRING.decode(in);
      boolean fromCache = BOOLEAN.decode(in);
      AbstractOutcome.Cost cost =
          new AbstractOutcome.Cost(
              INT.decode(in), INT.decode(in), LONG.decode(in), LONG.decode(in), LONG.decode(in));
      AbstractOutcome.Failure failure =
          BOOLEAN.decode(in)
              ? new AbstractOutcome.Failure(
                  element(FAILURE_CLASSES, INT.decode(in)),
                  INT.decode(in),
                  INT.decode(in),
                  INT.decode(in),
                  NULLABLE_STRING.decode(in))
              : null;
      return new AbstractOutcome(
          path, week, entryIndex, rank, title, status, translation, fromCache, cost, failure);
    }

    private static <E> E element(E[] values, int ordinal) throws CoderException {
      if (ordinal < 0 || ordinal >= values.length) {
        throw new CoderException("no constant with ordinal " + ordinal);
      }
      return values[ordinal];
    }
  }

  public static final class RunCountsCoder extends DeterministicCoder<RunCounts> {
    private static final RunCountsCoder INSTANCE = new RunCountsCoder();

    public static RunCountsCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(RunCounts c, OutputStream out) throws IOException {
      for (long n :
          new long[] {
            c.files(),
            c.badFiles(),
            c.abstracts(),
            c.translated(),
            c.reused(),
            c.failed(),
            c.requests(),
            c.retries(),
            c.fromCache()
          }) {
        LONG.encode(n, out);
      }
    }

    @Override
    public RunCounts decode(InputStream in) throws IOException {
      return new RunCounts(
          LONG.decode(in),
          LONG.decode(in),
          LONG.decode(in),
          LONG.decode(in),
          LONG.decode(in),
          LONG.decode(in),
          LONG.decode(in),
          LONG.decode(in),
          LONG.decode(in));
    }
  }
}
