package com.digesttranslator.publish;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      value = {
        "plain title: no markup                   => plain title: no markup",
        "*bold* _em_ `code` ~strike~               => \\*bold\\* \\_em\\_ \\`code\\` \\~strike\\~",
        "[link](x) ![img](y)                       => \\[link\\](x) !\\[img\\](y)",
        "<b>html</b> &amp; a|b # c \\ d => \\<b\\>html\\</b\\> \\&amp; a\\|b \\# c \\\\ d",
        "# heading                                 => \\# heading",
        "> quote                                   => \\> quote",
        "- item                                    => \\- item",
        "+ item                                    => \\+ item",
        "=== setext                                => \\=== setext",
        "2024. A year                              => 2024\\. A year",
        "3) Third                                  => 3\\) Third",
        "\"    indented code\"                     => indented code",
        "\"two\nlines\r\n  joined\"                => two lines joined",
        "a - b + c 1. d                            => a - b + c 1. d",
      })
  void textReadsTheSameOnceRendered(String text, String escaped) {
    assertThat(MarkdownText.line(text), is(escaped));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "see https://github.com/a_b/c_d.          | see <https://github.com/a_b/c_d>.",
        "(https://x.org/p?q=1&r=*), then          | (<https://x.org/p?q=1&r=*>), then",
        "https://a.io/x_y and http://b.io         | <https://a.io/x_y> and <http://b.io>",
        "not a url: https://. end                 | not a url: https://. end",
      })
  void urlsBecomeAutolinksWithTheirCharactersUntouched(String text, String escaped) {
    assertThat(MarkdownText.line(text), is(escaped));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://huggingface.co/papers/2601.06943 | <https://huggingface.co/papers/2601.06943>",
        "not a link *at all*                      | not a link \\*at all\\*",
        "https://x.org/a b                        | <https://x.org/a> b",
      })
  void linksAreAutolinksOrEscapedText(String link, String rendered) {
    assertThat(MarkdownText.link(link), is(rendered));
  }
}
