package com.digesttranslator.publish;

import com.digesttranslator.pipeline.io.OutputLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forms a translated week is written in ({@code --formats}): the digest itself ({@code txt},
 * the input's format, which a later run can repair), a Markdown page and a JSON document. Each form
 * has its own output directory and a content type that names the charset, so object stores serve
 * the bytes as UTF-8.
 */
public enum OutputFormat {
  TXT(OutputLayout.DIGESTS, "", "text/plain; charset=utf-8"),
  MD(OutputLayout.MARKDOWN, ".md", "text/markdown; charset=utf-8"),
  JSON(OutputLayout.JSON, ".json", "application/json; charset=utf-8");

  private final String directory;
  private final String extension;
  private final String contentType;

  OutputFormat(String directory, String extension, String contentType) {
    this.directory = directory;
    this.extension = extension;
    this.contentType = contentType;
  }

  /** The directory under {@code --output} this format's files go to. */
  public String directory() {
    return directory;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * The output file's name for an input file: the input's own name for the digest, else the name
   * without a {@code .txt} suffix plus this format's extension ({@code 2026-W03.txt} → {@code
   * 2026-W03.md}).
   */
  public String fileName(String inputName) {
    if (this == TXT) {
      return inputName;
    }
    boolean txt = inputName.toLowerCase(Locale.ROOT).endsWith(".txt") && inputName.length() > 4;
    return (txt ? inputName.substring(0, inputName.length() - 4) : inputName) + extension;
  }

  /** The week in this format; the digest itself is rendered by the digest package. */
  public byte[] render(PublishedWeek week) {
    return switch (this) {
      case TXT -> throw new IllegalStateException("the text digest is rendered by DigestRenderer");
      case MD -> MarkdownDigest.render(week);
      case JSON -> JsonDigest.render(week);
    };
  }

  /** {@code txt,md,json} in any order and case; each at most once, at least one. */
  public static List<OutputFormat> parseList(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--formats is empty: give one or more of txt, md, json");
    }
    List<OutputFormat> formats = new ArrayList<>();
    for (String name : value.split(",", -1)) {
      OutputFormat format = parse(name.strip());
      if (formats.contains(format)) {
        throw new IllegalArgumentException("--formats names '" + name.strip() + "' twice");
      }
      formats.add(format);
    }
    return List.copyOf(formats);
  }

  private static OutputFormat parse(String name) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "--formats: unknown format '" + name + "'; use txt, md or json (comma-separated)");
  }
}
