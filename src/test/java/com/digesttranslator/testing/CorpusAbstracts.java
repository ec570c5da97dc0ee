package com.digesttranslator.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The 1,180 real abstracts of src/test/resources/quality/ (117 corpus weeks and the seed digest),
 * and their Apertium translations into Spanish, so tests need neither /work/shared nor an engine.
 */
public final class CorpusAbstracts {

  /** One abstract: its week file, its rank in that week, and its text. */
  public record Row(String week, String rank, String text) {
    public String where() {
      return week + " #" + rank;
    }
  }

  private CorpusAbstracts() {}

  public static List<Row> abstracts() {
    return read("/quality/abstracts.tsv");
  }

  /** Real translations, in the same order as {@link #abstracts()}. */
  public static List<Row> spanishByApertium() {
    return read("/quality/apertium-es.tsv");
  }

  private static List<Row> read(String resource) {
    try (InputStream in = CorpusAbstracts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(line -> line.split("\t", 3))
          .map(cells -> new Row(cells[0], cells[1], cells[2]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
