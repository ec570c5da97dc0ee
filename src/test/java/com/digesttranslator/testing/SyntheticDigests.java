package com.digesttranslator.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds digests in the real format for tests. */
public final class SyntheticDigests {
  public static final String LEGACY_FAILURE = "번역 중 오류 발생: 3번의 시도 후에도 네트워크 연결에 실패했습니다.";

  private SyntheticDigests() {}

  public static String entry(int rank, String abstractText, String korean) {
    return "--- "
        + rank
        + ". Paper "
        + rank
        + " ---\n"
        + "Link: https://huggingface.co/papers/2601.0000"
        + rank
        + "\n\n"
        + "## Abstract (Original)\n"
        + abstractText
        + "\n\n"
        + "## 초록 (Korean)\n"
        + korean
        + "\n\n";
  }

  public static String digest(String week, String... entries) {
    return "Hugging Face 주간 인기 논문 Top 10 ("
        + week
        + ") - 번역본\n"
        + "출처: https://huggingface.co/papers/week/"
        + week
        + "\n\n"
        + String.join("", entries);
  }

  /**
   * Writes {@code files} weekly digests of {@code perFile} distinct short abstracts each (one
   * request apiece for any provider), named 2025-W01.txt, 2025-W02.txt …; returns every abstract.
   */
  public static List<String> writeWeeks(Path dir, int files, int perFile, String marker)
      throws IOException {
    List<String> all = new ArrayList<>();
    for (int f = 1; f <= files; f++) {
      String week = String.format("2025-W%02d", f);
      List<String> entries = new ArrayList<>();
      for (int r = 1; r <= perFile; r++) {
        // Plain words and numbers only: nothing the masker would hide, so a fake server sees the
        // text as written.
        String text =
            "Abstract "
                + r
                + " of week "
                + f
                + " of 2025 "
                + marker
                + ": we study how large language models translate scientific abstracts under load.";
        all.add(text);
        entries.add(entry(r, text, LEGACY_FAILURE));
      }
      Files.writeString(
          dir.resolve(week + ".txt"),
          digest(week, entries.toArray(String[]::new)),
          StandardCharsets.UTF_8);
    }
    return all;
  }
}
