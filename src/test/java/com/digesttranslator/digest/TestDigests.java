package com.digesttranslator.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Real digests copied into {@code src/test/resources/digests/}: the seed week and the 117-week
 * corpus (2024-W22 to 2026-W34, no gaps). Read from the classpath so tests run on a fresh clone.
 */
final class TestDigests {

  static final String SEED = "digests/seed/2026-W03.txt";
  static final String LEGACY_FAILURE = "번역 중 오류 발생: 3번의 시도 후에도 네트워크 연결에 실패했습니다.";

  private TestDigests() {}

  static byte[] seed() {
    return resource(SEED);
  }

  static String seedText() {
    return new String(seed(), StandardCharsets.UTF_8);
  }

  /** The corpus week names, derived from the calendar so a missing file fails the tests. */
  static List<String> corpusWeeks() {
    List<String> weeks = new ArrayList<>();
    LocalDate monday = LocalDate.of(2024, 5, 27); // Monday of 2024-W22
    LocalDate lastMonday = LocalDate.of(2026, 8, 17); // Monday of 2026-W34
    for (LocalDate d = monday; !d.isAfter(lastMonday); d = d.plus(1, ChronoUnit.WEEKS)) {
      weeks.add(
          String.format(
              "%04d-W%02d",
              d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }
    return weeks;
  }

  static byte[] corpusWeek(String week) {
    return resource("digests/weeks/" + week + ".txt");
  }

  static byte[] resource(String name) {
    try (InputStream in = TestDigests.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String string(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static byte[] withBom(byte[] content) {
    byte[] out = new byte[content.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(content, 0, out, 3, content.length);
    return out;
  }

  static String crlf(String lf) {
    return lf.replace("\n", "\r\n");
  }

  static Digest parse(String text) {
    return parse("test.txt", utf8(text));
  }

  static Digest parse(String fileName, byte[] content) {
    try {
      return DigestParser.parse(fileName, content);
    } catch (DigestFormatException e) {
      throw new AssertionError("unexpected format error: " + e.getMessage(), e);
    }
  }
}
