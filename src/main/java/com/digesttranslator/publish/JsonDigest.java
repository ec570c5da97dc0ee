package com.digesttranslator.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A week as one JSON document for a web site: the week, the languages and one object per paper
 * ({@code id, rank, title, link, sourceAbstract, translation, status, errorClass}), absent values
 * as {@code null}. Indented with LF whatever the platform, so the bytes are the same everywhere.
 */
public final class JsonDigest {

  private static final DefaultIndenter LF_INDENT = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(LF_INDENT)
                  .withArrayIndenter(LF_INDENT)
                  .withoutSpacesInObjectEntries());

  private JsonDigest() {}

  @JsonPropertyOrder({"week", "file", "title", "targetLanguage", "entries"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Week(String week, String file, String title, String targetLanguage, List<Paper> entries) {}

  @JsonPropertyOrder({
    "id",
    "rank",
    "title",
    "link",
    "sourceAbstract",
    "translation",
    "status",
    "errorClass"
  })
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Paper(
      String id,
      int rank,
      String title,
      String link,
      String sourceAbstract,
      String translation,
      String status,
      String errorClass) {}

  public static byte[] render(PublishedWeek week) {
    List<Paper> papers =
        week.entries().stream()
            .map(
                e ->
                    new Paper(
                        e.id(),
                        e.rank(),
                        e.title(),
                        e.link(),
                        e.sourceAbstract(),
                        e.translation(),
                        e.status().label(),
                        e.errorClass()))
            .toList();
    Week document =
        new Week(week.week(), week.fileName(), week.title(), week.target().code(), papers);
    try {
      return (WRITER.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the digest of " + week.fileName(), e);
    }
  }
}
