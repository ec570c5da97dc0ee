package com.digesttranslator.publish;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownDigestTest {

  /** Checked by hand against CommonMark: every title character stays text, the original folds. */
  private static final String GOLDEN =
      String.join(
          "\n",
          "# Hugging Face 주간 인기 논문 Top 10 (2026-W03) - 번역본",
          "",
          "출처: <https://huggingface.co/papers/week/2026-W03>",
          "",
          "## 1. \\*Star\\* \\[Model\\] \\<b\\>x\\</b\\> \\#1 \\& a\\_b",
          "",
          "<https://huggingface.co/papers/2601.06943>",
          "",
          "\\# 제목이 아님 \\<script\\>",
          "",
          "둘째 문단: 1) 항목.",
          "",
          "<details>",
          "<summary>Original abstract</summary>",
          "",
          "We show \"quotes\", a\\\\backslash and 1. lists.",
          "",
          "\\- Not a list. See <https://github.com/a_b/c>.",
          "",
          "</details>",
          "",
          "## 2. Kept Paper",
          "",
          "<https://huggingface.co/papers/2601.06521>",
          "",
          "이미 번역된 초록.",
          "",
          "<details>",
          "<summary>Original abstract</summary>",
          "",
          "Kept abstract.",
          "",
          "</details>",
          "",
          "## 3. Failed Paper",
          "",
          "<https://huggingface.co/papers/2601.09668>",
          "",
          "*Not translated into Korean (transient).*",
          "",
          "Failed abstract.",
          "",
          "## 4. No Abstract",
          "",
          "<https://huggingface.co/papers/2601.00001>",
          "",
          "*Not translated into Korean (format).*",
          "");

  @Test
  void rendersTheFixedWeekByteForByte() throws Exception {
    byte[] page = MarkdownDigest.render(PublishFixture.week());
    assertThat(new String(page, StandardCharsets.UTF_8), is(GOLDEN));
    assertThat(page, is(GOLDEN.getBytes(StandardCharsets.UTF_8)));
  }
}
