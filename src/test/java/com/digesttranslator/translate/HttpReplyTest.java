package com.digesttranslator.translate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpReplyTest {

  @ParameterizedTest
  @CsvSource({"199, false", "200, true", "204, true", "299, true", "300, false", "304, false", "404, false"})
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
    assertThat(new HttpReply(500, "  <html>\n<body>\tbusy</body>\r\n</html> ", Map.of()).bodySnippet(),
        is("<html> <body> busy</body> </html>"));
    assertThat(new HttpReply(500, "x".repeat(500), Map.of()).bodySnippet(), is("x".repeat(200) + "..."));
    assertThat(new HttpReply(500, null, Map.of()).bodySnippet(), is(""));
  }
}
