package com.digesttranslator.publish;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestFormatException;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.Language;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractOutcome.Cost;
import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.translate.ErrorClass;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A fixed week with one entry of each kind: translated now (title full of Markdown, two
 * paragraphs), reused, failed, and malformed (no original abstract).
 */
final class PublishFixture {

  static final String DIGEST =
      String.join(
          "\n",
          "Hugging Face 주간 인기 논문 Top 10 (2026-W03) - 번역본",
          "출처: https://huggingface.co/papers/week/2026-W03",
          "",
          "--- 1. *Star* [Model] <b>x</b> #1 & a_b ---",
          "Link: https://huggingface.co/papers/2601.06943",
          "",
          "## Abstract (Original)",
          "We show \"quotes\", a\\backslash and 1. lists.",
          "",
          "- Not a list. See https://github.com/a_b/c.",
          "",
          "## 초록 (Korean)",
          "번역 중 오류 발생: 3번의 시도 후에도 네트워크 연결에 실패했습니다.",
          "",
          "--- 2. Kept Paper ---",
          "Link: https://huggingface.co/papers/2601.06521",
          "",
          "## Abstract (Original)",
          "Kept abstract.",
          "",
          "## 초록 (Korean)",
          "이미 번역된 초록.",
          "",
          "--- 3. Failed Paper ---",
          "Link: https://huggingface.co/papers/2601.09668",
          "",
          "## Abstract (Original)",
          "Failed abstract.",
          "",
          "--- 4. No Abstract ---",
          "Link: https://huggingface.co/papers/2601.00001",
          "",
          "## 초록 (Korean)",
          "",
          "");

  static final Map<Integer, AbstractOutcome> RESULTS =
      Map.of(
          0,
              AbstractOutcome.translated(
                  task(0), "# 제목이 아님 <script>\r\n\r\n둘째 문단: 1) 항목.\n", Cost.NONE),
          2,
              AbstractOutcome.failed(
                  task(2), ErrorClass.TRANSIENT, 503, 5, "HTTP 503 after 5 attempts", Cost.NONE));

  private PublishFixture() {}

  /** The outcomes' origin does not matter to the pages: they are keyed by entry index. */
  static AbstractTask task(int entryIndex) {
    return new AbstractTask("in/2026-W03.txt", "2026-W03", entryIndex, entryIndex + 1, "", "");
  }

  static PublishedWeek week() throws DigestFormatException {
    Digest digest = DigestParser.parse("in/2026-W03.txt", DIGEST.getBytes(StandardCharsets.UTF_8));
    return PublishedWeek.of(digest, "2026-W03.txt", Language.forCode("ko"), RESULTS);
  }
}
