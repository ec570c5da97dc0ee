package com.digesttranslator.translate.provider.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpReplyTest {

  @ParameterizedTest
  @CsvSource({
    "199, false",
    "200, true",
    "204, true",
    "299, true",
    "300, false",
    "304, false",
    "404, false"
  })
  void successMeans2xx(int status, boolean success) {
    assertThat(new HttpReply(status, "", Map.of()).isSuccess(), is(success));
  }

  @Test
  void headerLookupIgnoresCase() {
    HttpReply reply = new HttpReply(200, "", Map.of("retry-after", "5"));
    assertThat(reply.header("Retry-After"), is("5"));
    assertThat(reply.header("missing"), is(nullValue()));
    assertThat(reply.retryAfter(), is(Duration.ofSeconds(5)));
    assertThat(new HttpReply(200, "", Map.of()).retryAfter(), is(nullValue()));
  }

  @Test
  void bodySnippetIsOneShortLine() {
    assertThat(
        new HttpReply(500, "  <html>\n<body>\tbusy</body>\r\n</html> ", Map.of()).bodySnippet(),
        is("<html> <body> busy</body> </html>"));
    assertThat(
        new HttpReply(500, "word ".repeat(100), Map.of()).bodySnippet(),
        is("word ".repeat(40) + "..."));
    assertThat(new HttpReply(500, null, Map.of()).bodySnippet(), is(""));
  }

  /** A key cut in two would leave its start in the message, where masking no longer finds it. */
  @Test
  void bodySnippetMasksTheSentCredentialsBeforeCutting() {
    String key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";
    for (int padding = 150; padding <= 200; padding++) {
      HttpReply reply =
          new HttpReply(
              401,
              "x".repeat(padding) + " invalid key " + key + " given",
              Map.of(),
              List.of("Bearer " + key, key));

      assertThat(reply.bodySnippet(), not(containsString(key.substring(0, 5))));
    }
  }

  @Test
  void bodySnippetNeverCutsThroughAKeyItWasNotTold() {
    String key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";
    for (int padding = 150; padding <= 200; padding++) {
      String snippet =
          new HttpReply(401, "x ".repeat(padding / 2) + "{\"api_key\":\"" + key + "\"}", Map.of())
              .bodySnippet();

      assertThat(snippet, either(containsString(key)).or(not(containsString(key.substring(0, 3)))));
    }
  }

  @Test
  void aTokenLongerThanTheSnippetIsLeftOutRatherThanCut() {
    assertThat(new HttpReply(500, "x".repeat(500), Map.of()).bodySnippet(), is("..."));
  }

  @Test
  void theTextFormNeverShowsTheSentCredentials() {
    String key = "AIzaSyA-abcdefghijklmnopqrstuvwxyz";
    HttpReply reply = new HttpReply(400, "bad key " + key, Map.of(), List.of(key));
    assertThat(reply.toString(), not(containsString(key)));
  }
}
