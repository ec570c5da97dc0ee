package com.digesttranslator.publish;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.digesttranslator.digest.Digest;
import com.digesttranslator.digest.DigestParser;
import com.digesttranslator.digest.DigestRenderer;
import com.digesttranslator.digest.Entry;
import com.digesttranslator.digest.FailureMarker;
import com.digesttranslator.digest.Language;
import com.digesttranslator.outcome.AbstractOutcome;
import com.digesttranslator.outcome.AbstractOutcome.Cost;
import com.digesttranslator.translate.ErrorClass;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PublishedWeekTest {

  private static final Language KOREAN = Language.forCode("ko");

  @Test
  void theFixtureHasOneEntryOfEachKind() throws Exception {
    PublishedWeek week = PublishFixture.week();
    assertThat(week.week(), is("2026-W03"));
    assertThat(week.title(), is("Hugging Face 주간 인기 논문 Top 10 (2026-W03) - 번역본"));
    assertThat(week.headerLines(), contains("출처: https://huggingface.co/papers/week/2026-W03"));
    assertThat(
        week.entries().stream().map(PublishedEntry::status).toList(),
        contains(
            PublishedEntry.Status.TRANSLATED, PublishedEntry.Status.REUSED,
            PublishedEntry.Status.FAILED, PublishedEntry.Status.FAILED));
    assertThat(
        week.entries().stream().map(PublishedEntry::errorClass).toList(),
        contains(null, null, "transient", "format"));
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "https://huggingface.co/papers/2601.06943    | 2601.06943",
        "https://arxiv.org/abs/2401.00001v2/         | 2401.00001v2",
        "https://huggingface.co/papers/2601.1?x=1#a  | 2601.1",
        "https://                                    | NULL",
        "'   '                                       | NULL",
      },
      delimiter = '|',
      nullValues = "NULL")
  void theIdIsTheLinksLastSegment(String link, String id) {
    assertThat(PublishedWeek.idOf(link), is(id));
  }

  @Test
  void noLinkNoId() {
    assertThat(PublishedWeek.idOf(null), is(nullValue()));
  }

  static Stream<String> weeks() {
    return Stream.of("2024-W22", "2025-W10", "2026-W03", "2026-W34");
  }

  /**
   * The same results rendered as the text digest and as a published week tell the same story: every
   * published translation is the target section the text digest now holds, every failure is a
   * failure marker there.
   */
  @ParameterizedTest
  @MethodSource("weeks")
  void publishedEntriesMatchTheTextDigestRenderedFromTheSameResults(String week) throws Exception {
    byte[] source;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("digests/weeks/" + week + ".txt")) {
      source = in.readAllBytes();
    }
    Digest digest = DigestParser.parse(week + ".txt", source);
    Map<Integer, AbstractOutcome> results = new HashMap<>();
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < digest.entries().size(); i++) {
      String translation = "번역 " + i + ".\r\n\r\n둘째 문단 " + i + ".\n";
      String reason = "reply was a copy of the source";
      results.put(
          i,
          i % 3 == 2
              ? AbstractOutcome.failed(
                  PublishFixture.task(i), ErrorClass.QUALITY, 0, 1, reason, Cost.NONE)
              : AbstractOutcome.translated(PublishFixture.task(i), translation, Cost.NONE));
      texts.put(i, i % 3 == 2 ? FailureMarker.of("quality", reason) : translation);
    }
    Digest rendered =
        DigestParser.parse(week + ".txt", DigestRenderer.render(digest, KOREAN, texts));
    PublishedWeek published = PublishedWeek.of(digest, week + ".txt", KOREAN, results);

    List<PublishedEntry> entries = published.entries();
    assertThat(entries.size(), is(rendered.entries().size()));
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = rendered.entries().get(i);
      String section = entry.sectionIn(KOREAN).orElseThrow().text();
      PublishedEntry p = entries.get(i);
      assertThat(p.title(), is(entry.title()));
      assertThat(p.link(), is(entry.link()));
      assertThat(p.sourceAbstract(), is(entry.sourceSection().orElseThrow().text()));
      if (p.status() == PublishedEntry.Status.FAILED) {
        assertThat(FailureMarker.isMarker(section), is(true));
        assertThat(p.translation(), is(nullValue()));
      } else {
        assertThat(p.translation(), is(section));
      }
    }
  }
}
