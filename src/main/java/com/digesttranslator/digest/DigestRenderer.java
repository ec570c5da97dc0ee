package com.digesttranslator.digest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a digest back out, replacing or adding the target-language section of the entries given in
 * {@code targetTexts} (keyed by entry index) and copying every other byte unchanged.
 */
public final class DigestRenderer {

  private DigestRenderer() {}

  public static byte[] render(Digest digest, Language target, Map<Integer, String> targetTexts) {
    StringBuilder out = new StringBuilder();
    if (digest.bom()) {
      out.append('\uFEFF');
    }
    digest.headerLines().forEach(out::append);
    for (int i = 0; i < digest.entries().size(); i++) {
      Entry entry = digest.entries().get(i);
      String text = targetTexts.get(i);
      appendEntry(out, entry, text == null ? null : new TargetText(target, text, digest.newline()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Renders an untouched digest: byte-identical to the parsed input. */
  public static byte[] render(Digest digest) {
    return render(digest, null, Map.of());
  }

  private record TargetText(Language language, String text, String newline) {}

  private static void appendEntry(StringBuilder out, Entry entry, TargetText target) {
    entry.headLines().forEach(out::append);
    boolean written = false;
    for (Section section : entry.sections()) {
      if (target != null && !written && isTarget(section, target.language())) {
        appendTargetSection(out, target, section.rawLines());
        written = true;
      } else {
        section.rawLines().forEach(out::append);
      }
      if (target != null
          && !written
          && Entry.SOURCE_LABEL.equals(section.label())
          && entry.sectionIn(target.language()).isEmpty()) {
        appendNewSectionAfter(out, section.rawLines(), target);
        written = true;
      }
    }
  }

  private static boolean isTarget(Section section, Language language) {
    return language.englishName().equalsIgnoreCase(section.label());
  }

  /** Keeps the old section's heading line and its trailing spacing; replaces the body. */
  private static void appendTargetSection(StringBuilder out, TargetText target, List<String> old) {
    out.append(old.get(0));
    if (!old.get(0).endsWith("\n")) {
      out.append(target.newline());
    }
    int trailing = spacingAfter(old.subList(1, old.size()));
    boolean lastHadTerminator = old.get(old.size() - 1).endsWith("\n");
    List<String> body = bodyLines(target);
    if (trailing == 0 && !lastHadTerminator) {
      String last = body.remove(body.size() - 1);
      body.add(RawLines.strip(last));
    }
    body.forEach(out::append);
    old.subList(old.size() - trailing, old.size()).forEach(out::append);
  }

  /**
   * Blank lines that separate a section from what follows. In an all-blank body (an empty target
   * section) the first blank line stands for the missing text, the rest are spacing.
   */
  private static int spacingAfter(List<String> body) {
    int trailing = RawLines.trailingBlankLines(body);
    return trailing == body.size() && trailing > 0 ? Math.max(1, trailing - 1) : trailing;
  }

  /** A missing target section goes right after the original abstract, with the same spacing. */
  private static void appendNewSectionAfter(
      StringBuilder out, List<String> source, TargetText target) {
    int trailing = RawLines.trailingBlankLines(source.subList(1, source.size()));
    if (!source.get(source.size() - 1).endsWith("\n")) {
      out.append(target.newline());
    }
    if (trailing == 0) {
      out.append(target.newline());
    }
    out.append(target.language().heading()).append(target.newline());
    bodyLines(target).forEach(out::append);
    for (int i = 0; i < trailing; i++) {
      out.append(target.newline());
    }
  }

  private static List<String> bodyLines(TargetText target) {
    List<String> lines = new ArrayList<>();
    // The file's own terminator on every line; no stray CR, no extra blank lines at the end.
    String text = target.text().replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    for (String line : text.split("\n", -1)) {
      lines.add(line + target.newline());
    }
    return lines;
  }
}
