package com.digesttranslator.bench;

import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Synthesises years of weekly digests from the 117 real corpus weeks (test resources): week labels
 * run on from 2010-W01, each file gets between {@code min} and {@code max} real abstracts (seeded),
 * and each reuse of an abstract is made unique so that deduplication does not flatter the numbers.
 */
final class SyntheticBackfill {
  private record Paper(String title, String link, String text) {}

  private SyntheticBackfill() {}

  static void write(Path dir, int weeks, int min, int max, long seed) throws Exception {
    List<Paper> papers = corpus();
    Random random = new Random(seed);
    Files.createDirectories(dir);
    int next = 0;
    for (int w = 0; w < weeks; w++) {
      String week = String.format("%04d-W%02d", 2010 + w / 52, w % 52 + 1);
      int count = min + random.nextInt(max - min + 1);
      StringBuilder digest =
          new StringBuilder(
              "Hugging Face 주간 인기 논문 Top "
                  + count
                  + " ("
                  + week
                  + ") - 번역본\n"
                  + "출처: https://huggingface.co/papers/week/"
                  + week
                  + "\n\n");
      for (int r = 1; r <= count; r++, next++) {
        Paper p = papers.get(next % papers.size());
        digest
            .append("--- ")
            .append(r)
            .append(". ")
            .append(p.title())
            .append(" ---\n")
            .append("Link: ")
            .append(p.link())
            .append("\n\n## Abstract (Original)\n")
            .append(p.text())
            .append(next >= papers.size() ? " (Reprint " + next / papers.size() + ".)" : "")
            .append("\n\n## 초록 (Korean)\n번역 중 오류 발생: 3번의 시도 후에도 네트워크 연결에 실패했습니다.\n\n");
      }
      Files.writeString(dir.resolve(week + ".txt"), digest, StandardCharsets.UTF_8);
    }
  }

  private static List<Paper> corpus() throws Exception {
    List<Paper> papers = new ArrayList<>();
    for (Path file : corpusFiles()) {
      for (Entry e : DigestParser.parse(file.toString(), Files.readAllBytes(file)).entries()) {
        papers.add(new Paper(e.title(), e.link(), e.sourceSection().orElseThrow().text()));
      }
    }
    return papers;
  }

  private static List<Path> corpusFiles() throws IOException, URISyntaxException {
    Path weeks = Path.of(SyntheticBackfill.class.getResource("/digests/weeks").toURI());
    try (Stream<Path> files = Files.list(weeks)) {
      return files.sorted().toList();
    }
  }

  /** Keeps the benchmark honest about what it reads: fails if the corpus is missing. */
  static void requireCorpus() throws IOException {
    try (InputStream in =
        SyntheticBackfill.class.getResourceAsStream("/digests/weeks/2024-W22.txt")) {
      if (in == null) {
        throw new IllegalStateException("corpus weeks missing from the test resources");
      }
    }
  }
}
