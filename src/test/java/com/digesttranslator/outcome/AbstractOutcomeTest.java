package com.digesttranslator.outcome;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.digesttranslator.outcome.AbstractOutcome.Cost;
import com.digesttranslator.outcome.AbstractOutcome.Failure;
import com.digesttranslator.outcome.AbstractOutcome.Status;
import com.digesttranslator.translate.ErrorClass;
import org.junit.jupiter.api.Test;

class AbstractOutcomeTest {
  private static final AbstractTask TASK =
      new AbstractTask("/in/2026-W03.txt", "2026-W03", 0, 1, "Paper", "Abstract");

  @Test
  void failureDetailsArePresentExactlyForFailures() {
    Failure failure = new Failure(FailureClass.TRANSIENT, 503, 3, 0, "HTTP 503");

    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AbstractOutcome(
                "/in/x.txt",
                "2026-W03",
                0,
                1,
                "t",
                Status.TRANSLATED,
                "번역",
                false,
                Cost.NONE,
                failure));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AbstractOutcome(
                "/in/x.txt", "2026-W03", 0, 1, "t", Status.FAILED, null, false, Cost.NONE, null));
    assertThat(AbstractOutcome.reused(TASK).failure(), is(nullValue()));
  }

  @Test
  void everyProviderErrorClassFailsInTheTranslateStage() {
    for (ErrorClass errorClass : ErrorClass.values()) {
      FailureClass failureClass = FailureClass.of(errorClass);
      assertThat(failureClass.label(), is(errorClass.label()));
      assertThat(failureClass.stage(), is(Stage.TRANSLATE));
    }
  }

  @Test
  void inputProblemsFailBeforeAnyRequest() {
    AbstractOutcome malformed = AbstractOutcome.malformed(TASK, 42, "no abstract");
    AbstractOutcome bad = AbstractOutcome.badFile("/in/2026-W05.txt", 1, "empty file");

    assertThat(malformed.failure().stage(), is(Stage.PARSE));
    assertThat(malformed.failure().errorClass().label(), is("format"));
    assertThat(bad.failure().stage(), is(Stage.READ));
    assertThat(bad.failure().errorClass().label(), is("bad_file"));
    assertThat(bad.isAbstract(), is(false));
  }

  @Test
  void aFailureRecordIsTheFailuresJsonlLine() {
    AbstractOutcome failed =
        AbstractOutcome.failed(TASK, ErrorClass.QUOTA, 456, 2, "quota", new Cost(2, 1, 100, 5, 8));
    AbstractOutcome bad = AbstractOutcome.badFile("/in/2026-W05.txt", 0, "empty file");

    assertThat(
        FailureRecord.of(failed).toJson(),
        is(
            "{\"file\":\"/in/2026-W03.txt\","
                + "\"week\":\"2026-W03\",\"rank\":1,\"title\":\"Paper\",\"stage\":\"translate\","
                + "\"errorClass\":\"quota\",\"httpStatus\":456,\"attempts\":2,\"line\":null,"
                + "\"message\":\"quota\"}"));
    assertThat(
        FailureRecord.of(bad).toJson(),
        is(
            "{\"file\":\"/in/2026-W05.txt\",\"week\":null,"
                + "\"rank\":null,\"title\":null,\"stage\":\"read\",\"errorClass\":\"bad_file\","
                + "\"httpStatus\":null,\"attempts\":0,\"line\":null,\"message\":\"empty file\"}"));
  }

  @Test
  void theReportsCopyCarriesNoTranslation() {
    AbstractOutcome translated = AbstractOutcome.translated(TASK, "번역", Cost.NONE);

    assertThat(translated.withoutTranslation().translation(), is(nullValue()));
    assertThat(translated.withoutTranslation().status(), is(Status.TRANSLATED));
  }
}
