package com.digesttranslator.translate.resilience;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.digesttranslator.translate.ErrorClass;
import com.digesttranslator.translate.TranslationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextResultTest {

  @Test
  void successCarriesTheTranslationAndCounts() {
    TextResult r = TextResult.success("Hola.", 2, 3, 1);
    assertThat(r.succeeded(), is(true));
    assertThat(r.translation(), is("Hola."));
    assertThat(r.errorClass(), is(nullValue()));
    assertThat(r.httpStatus(), is(0));
    assertThat(r.message(), is(nullValue()));
    assertThat(r.attempts(), is(2));
    assertThat(r.requests(), is(3));
    assertThat(r.retries(), is(1));
  }

  @Test
  void failureCarriesTheErrorClassStatusAndMessage() {
    TranslationException e =
        new TranslationException(
            ErrorClass.TRANSIENT, 503, "HTTP 503: busy", Duration.ofSeconds(1));
    TextResult r = TextResult.failure(e, 4, 4, 3);
    assertThat(r.succeeded(), is(false));
    assertThat(r.translation(), is(nullValue()));
    assertThat(r.errorClass(), is(ErrorClass.TRANSIENT));
    assertThat(r.httpStatus(), is(503));
    assertThat(r.message(), is("HTTP 503: busy"));
    assertThat(r.attempts(), is(4));
    assertThat(r.requests(), is(4));
    assertThat(r.retries(), is(3));
  }

  @Test
  void emptyTranslationStillCountsAsSuccess() {
    assertThat(TextResult.success("", 1, 1, 0).succeeded(), is(true));
  }

  @Test
  void resultsSurviveJavaSerialization() throws Exception {
    TextResult r =
        TextResult.failure(new TranslationException(ErrorClass.AUTH, 401, "no"), 1, 1, 0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject(), is(r));
    }
  }
}
