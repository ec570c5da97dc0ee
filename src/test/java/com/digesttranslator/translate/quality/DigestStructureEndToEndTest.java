package com.digesttranslator.translate.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.pipeline.Main;
import com.digesttranslator.testing.SyntheticDigests;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job against a model that echoes a digest heading inside its Korean: the reply is
 * reported as a quality failure and never written, so the output digest keeps its structure.
 */
class DigestStructureEndToEndTest {

  private static final String FIRST =
      "We introduce a benchmark for video reasoning that covers"
          + " many domains, and we evaluate a dozen recent models on it.";
  private static final String SECOND =
      "We propose a memory module for language models that stores"
          + " summaries of earlier passages and helps with long documents.";
  private static final String FIRST_KO =
      "우리는 여러 분야를 다루는 비디오 추론 벤치마크를 소개하고, 최근 모델 열두 개를"
          + " 그 위에서 평가한다.\n\n## 초록 (Korean)\n우리는 벤치마크를 소개한다.";
  private static final String SECOND_KO = "우리는 앞선 구절의 요약을 저장하여 긴 문서를 돕는 언어 모델용 메모리 모듈을" + " 제안한다.";

  @Test
  void aReplyWithAHeadingNeverReachesTheDigest(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(
        in.resolve("2025-W10.txt"),
        SyntheticDigests.digest(
            "2025-W10",
            SyntheticDigests.entry(1, FIRST, ""),
            SyntheticDigests.entry(2, SECOND, "")),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    int exit;
    try (ReplayChatServer model =
        new ReplayChatServer(
            List.of(
                new ReplayChatServer.Recording("1", FIRST, FIRST_KO),
                new ReplayChatServer.Recording("2", SECOND, SECOND_KO)))) {
      PrintStream quiet =
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      exit =
          Main.run(
              new String[] {
                "--input=" + in + "/*.txt",
                "--output=" + out,
                "--provider=openai",
                "--endpoint=" + model.endpoint(),
                "--model=replay",
                "--targetLanguage=ko",
                "--maxAttempts=1"
              },
              quiet,
              quiet);
    }

    assertThat(exit, is(Main.FAILURES));
    assertThat(
        Files.readString(out.resolve("failures.jsonl")),
        allOf(
            containsString("\"errorClass\":\"quality\""),
            containsString("translation contains digest structure, a '## ' section heading")));
    byte[] written = Files.readAllBytes(out.resolve("digests/2025-W10.txt"));
    Digest digest = DigestParser.parse("2025-W10.txt", written);
    assertThat(
        digest.entries().stream().map(e -> e.sections().size()).toList(), equalTo(List.of(2, 2)));
    String text = new String(written, StandardCharsets.UTF_8);
    assertThat(text, allOf(containsString(SECOND_KO), not(containsString("우리는 벤치마크를 소개한다."))));
  }
}
