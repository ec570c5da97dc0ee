package com.digesttranslator.publish;

import java.nio.charset.StandardCharsets;

/**
 * A week as a Markdown page for a blog or GitHub Pages: the digest's title as the page heading, one
 * section per paper with its link and translated abstract, and the original abstract folded in a
 * {@code <details>} block (shown openly when there is no translation). Every piece of digest text
 * is escaped, so a title can never become markup.
 */
public final class MarkdownDigest {

  private MarkdownDigest() {}

  public static byte[] render(PublishedWeek week) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(MarkdownText.line(week.title())).append("\n");
    for (String line : week.headerLines()) {
      out.append("\n").append(MarkdownText.line(line)).append("\n");
    }
    for (PublishedEntry entry : week.entries()) {
      appendEntry(out, entry, week);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendEntry(StringBuilder out, PublishedEntry entry, PublishedWeek week) {
    out.append("\n## ")
        .append(entry.rank())
        .append(". ")
        .append(MarkdownText.line(entry.title()))
        .append("\n");
    if (entry.link() != null && !entry.link().isBlank()) {
      out.append("\n").append(MarkdownText.link(entry.link())).append("\n");
    }
    if (entry.translation() != null) {
      appendParagraphs(out, entry.translation());
      if (entry.sourceAbstract() != null) {
        out.append("\n<details>\n<summary>Original abstract</summary>\n");
        appendParagraphs(out, entry.sourceAbstract());
        out.append("\n</details>\n");
      }
      return;
    }
    out.append("\n*Not translated into ")
        .append(week.target().englishName())
        .append(" (")
        .append(MarkdownText.line(String.valueOf(entry.errorClass())))
        .append(").*\n");
    if (entry.sourceAbstract() != null) {
      appendParagraphs(out, entry.sourceAbstract());
    }
  }

  /** Paragraphs separated by a blank line; the lines of one paragraph kept as they were. */
  private static void appendParagraphs(StringBuilder out, String text) {
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      out.append("\n");
      for (String line : paragraph.split("\n")) {
        if (!line.isBlank()) {
          out.append(MarkdownText.line(line)).append("\n");
        }
      }
    }
  }
}
