package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.DigestRenderer;
import com.digesttranslator.digest.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A translation that holds a line of digest structure changes the digest on its next read; the gate
 * rejects it, so it never reaches a digest, and what the gate accepts reads back unchanged.
 */
class DigestStructureTest {

  private static final String SOURCE =
      "We introduce a benchmark for video reasoning that covers"
          + " many domains, and evaluate a dozen models on it.";
  private static final String KOREAN =
      "우리는 여러 분야를 다루는 비디오 추론 벤치마크를 소개하고, 그 위에서 열두 개의" + " 모델을 평가한다.";
  private static final String DIGEST =
      "Weekly papers (2025-W10)\n\n--- 1. A Benchmark ---\n"
          + "Link: https://huggingface.co/papers/2503.00001\n\n## Abstract (Original)\n"
          + SOURCE
          + "\n\n"
          + "--- 2. Another Paper ---\nLink: https://huggingface.co/papers/2503.00002\n\n"
          + "## Abstract (Original)\n"
          + SOURCE
          + "\n";
  private static final String[] STRUCTURE = {
    "## 초록 (Korean)",
    "--- 2. 다른 논문 ---",
    "Link: https://huggingface.co/papers/2503.00009",
    "  ## Abstract (Original)"
  };

  private static String reason(String translation) {
    return QualityGate.forTarget("ko").problem(SOURCE, translation).orElse("accepted");
  }

  private static Digest parse(byte[] bytes) throws Exception {
    return DigestParser.parse("2025-W10.txt", bytes);
  }

  private static List<Integer> sectionsPerEntry(Digest digest) {
    return digest.entries().stream().map(e -> e.sections().size()).toList();
  }

  private static byte[] withTranslation(String translation) throws Exception {
    Digest digest = parse(DIGEST.getBytes(StandardCharsets.UTF_8));
    return DigestRenderer.render(digest, Language.forCode("ko"), Map.of(0, translation));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void aStructureLineInATranslationIsRejected(int kind) {
    String translation = KOREAN + "\n" + STRUCTURE[kind] + "\n" + KOREAN;

    assertThat(reason(translation), startsWith("translation contains digest structure, a '"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void thatLineWouldChangeTheDigestOnItsNextRead(int kind) throws Exception {
    Digest reread = parse(withTranslation(KOREAN + "\n" + STRUCTURE[kind] + "\n" + KOREAN));

    assertThat(sectionsPerEntry(reread), not(equalTo(List.of(2, 1))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n제목: ## 아님", "\n첫 줄\n둘째 줄 --- 1. 아님 ---"})
  void whatTheGateAcceptsReadsBackAsTheSameDigest(String extra) throws Exception {
    String translation = KOREAN + extra;
    assertThat(reason(translation), equalTo("accepted"));

    byte[] rendered = withTranslation(translation);
    Digest reread = parse(rendered);

    assertThat(sectionsPerEntry(reread), equalTo(List.of(2, 1)));
    assertThat(
        reread.entries().get(0).sectionIn(Language.forCode("ko")).orElseThrow().text().strip(),
        equalTo(translation.strip()));
    assertThat(DigestRenderer.render(reread), equalTo(rendered));
  }
}
