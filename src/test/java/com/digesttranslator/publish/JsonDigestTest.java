package com.digesttranslator.publish;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDigestTest {

  private static final String GOLDEN =
      String.join(
          "\n",
          "{",
          "  \"week\":\"2026-W03\",",
          "  \"file\":\"2026-W03.txt\",",
          "  \"title\":\"Hugging Face 주간 인기 논문 Top 10 (2026-W03) - 번역본\",",
          "  \"targetLanguage\":\"ko\",",
          "  \"entries\":[",
          "    {",
          "      \"id\":\"2601.06943\",",
          "      \"rank\":1,",
          "      \"title\":\"*Star* [Model] <b>x</b> #1 & a_b\",",
          "      \"link\":\"https://huggingface.co/papers/2601.06943\",",
          "      \"sourceAbstract\":\"We show \\\"quotes\\\", a\\\\backslash and 1. lists.\\n\\n"
              + "- Not a list. See https://github.com/a_b/c.\",",
          "      \"translation\":\"# 제목이 아님 <script>\\n\\n둘째 문단: 1) 항목.\",",
          "      \"status\":\"translated\",",
          "      \"errorClass\":null",
          "    },",
          "    {",
          "      \"id\":\"2601.06521\",",
          "      \"rank\":2,",
          "      \"title\":\"Kept Paper\",",
          "      \"link\":\"https://huggingface.co/papers/2601.06521\",",
          "      \"sourceAbstract\":\"Kept abstract.\",",
          "      \"translation\":\"이미 번역된 초록.\",",
          "      \"status\":\"reused\",",
          "      \"errorClass\":null",
          "    },",
          "    {",
          "      \"id\":\"2601.09668\",",
          "      \"rank\":3,",
          "      \"title\":\"Failed Paper\",",
          "      \"link\":\"https://huggingface.co/papers/2601.09668\",",
          "      \"sourceAbstract\":\"Failed abstract.\",",
          "      \"translation\":null,",
          "      \"status\":\"failed\",",
          "      \"errorClass\":\"transient\"",
          "    },",
          "    {",
          "      \"id\":\"2601.00001\",",
          "      \"rank\":4,",
          "      \"title\":\"No Abstract\",",
          "      \"link\":\"https://huggingface.co/papers/2601.00001\",",
          "      \"sourceAbstract\":null,",
          "      \"translation\":null,",
          "      \"status\":\"failed\",",
          "      \"errorClass\":\"format\"",
          "    }",
          "  ]",
          "}",
          "");

  @Test
  void rendersTheFixedWeekByteForByte() throws Exception {
    byte[] document = JsonDigest.render(PublishFixture.week());
    assertThat(new String(document, StandardCharsets.UTF_8), is(GOLDEN));
  }

  @Test
  void controlCharactersAndQuotesInATitleReadBackAsWritten() throws Exception {
    String title = "Line\u0001break \"quoted\" \\ </script> \u2028 end";
    PublishedWeek week = PublishFixture.week();
    PublishedEntry first = week.entries().get(0);
    PublishedWeek odd =
        new PublishedWeek(
            week.week(),
            week.fileName(),
            week.title(),
            week.headerLines(),
            week.target(),
            List.of(
                new PublishedEntry(
                    first.rank(),
                    first.id(),
                    title,
                    first.link(),
                    first.sourceAbstract(),
                    first.translation(),
                    first.status(),
                    first.errorClass())));
    JsonNode read = new ObjectMapper().readTree(JsonDigest.render(odd));
    assertThat(read.path("entries").path(0).path("title").asText(), is(title));
  }
}
