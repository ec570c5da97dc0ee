package com.digesttranslator.digest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the weekly digest format (see {@code data/digests/2026-W03.txt}):
 *
 * <pre>
 * header lines (title with the ISO week, source link)
 * --- 1. Title ---
 * Link: https://…
 *
 * ## Abstract (Original)
 * paragraphs …
 *
 * ## 초록 (Korean)
 * paragraphs …
 * </pre>
 *
 * A section runs until the next {@code ## } heading or entry line, so abstracts may have several
 * paragraphs. Whole-file problems throw {@link DigestFormatException}; a bad entry is recorded in
 * {@link Digest#problems()} so the file's other entries can still be translated.
 */
public final class DigestParser {

  private static final Pattern ENTRY = Pattern.compile("^--- (\\d{1,4})\\. (.*) ---$");
  private static final String LINK_PREFIX = "Link: ";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private DigestParser() {}

  public static Digest parse(String fileName, byte[] content) throws DigestFormatException {
    boolean bom = startsWithBom(content);
    String text = decode(fileName, content, bom ? BOM.length : 0);
    if (text.isBlank()) {
      throw new DigestFormatException(fileName, 1, "empty file: no digest header and no entries");
    }
    List<String> lines = RawLines.split(text);
    int firstEntry = firstEntryLine(lines);
    if (firstEntry < 0) {
      throw new DigestFormatException(
          fileName, 1, "not a digest: no entry line of the form '--- 1. Title ---'");
    }
    List<String> header = lines.subList(0, firstEntry);
    Optional<WeekId> week = WeekId.find(String.join("", header));
    List<Entry> entries = new ArrayList<>();
    List<EntryProblem> problems = new ArrayList<>();
    int start = firstEntry;
    while (start < lines.size()) {
      int end = nextEntryLine(lines, start + 1);
      Entry entry = parseEntry(lines, start, end);
      checkEntry(entries.size(), entry).ifPresent(problems::add);
      entries.add(entry);
      start = end;
    }
    return new Digest(fileName, week, bom, dominantNewline(lines), header, entries, problems);
  }

  private static boolean startsWithBom(byte[] content) {
    return content.length >= 3
        && content[0] == BOM[0]
        && content[1] == BOM[1]
        && content[2] == BOM[2];
  }

  private static String decode(String fileName, byte[] content, int offset)
      throws DigestFormatException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content, offset, content.length - offset))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DigestFormatException(
          fileName, lineOfByte(content, offset), "not UTF-8 text (binary file?)");
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new DigestFormatException(
          fileName,
          1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count(),
          "binary content (NUL byte)");
    }
    return text;
  }

  /** Line of the first byte that is not valid UTF-8, for the error message. */
  private static int lineOfByte(byte[] content, int offset) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int lineStart = offset;
    for (int i = offset; i < content.length; i++) {
      if (content[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(content, lineStart, i - lineStart));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return line;
  }

  private static int firstEntryLine(List<String> lines) {
    return nextEntryLine(lines, 0) < lines.size() ? nextEntryLine(lines, 0) : -1;
  }

  private static int nextEntryLine(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (ENTRY.matcher(RawLines.strip(lines.get(i))).matches()) {
        return i;
      }
    }
    return lines.size();
  }

  private static Entry parseEntry(List<String> lines, int start, int end) {
    Matcher m = ENTRY.matcher(RawLines.strip(lines.get(start)));
    m.matches();
    int firstSection = start + 1;
    while (firstSection < end && !isSectionHeading(lines.get(firstSection))) {
      firstSection++;
    }
    List<String> head = lines.subList(start, firstSection);
    List<Section> sections = new ArrayList<>();
    int s = firstSection;
    while (s < end) {
      int next = s + 1;
      while (next < end && !isSectionHeading(lines.get(next))) {
        next++;
      }
      sections.add(section(lines.subList(s, next), s + 1));
      s = next;
    }
    return new Entry(
        Integer.parseInt(m.group(1)), m.group(2).trim(), link(head), start + 1, head, sections);
  }

  private static boolean isSectionHeading(String rawLine) {
    return RawLines.strip(rawLine).startsWith("## ");
  }

  private static Section section(List<String> rawLines, int lineNumber) {
    String heading = RawLines.strip(rawLines.get(0));
    return new Section(heading, label(heading), lineNumber, rawLines);
  }

  /**
   * The label of a {@code ## } heading: what its last parentheses hold ({@code Korean} in {@code ##
   * 초록 (Korean)}), trimmed, when they close the line (white space aside) and hold no other
   * parentheses; "" otherwise.
   *
   * <p>Read by hand in one pass. It is what {@code ^## (.*?)(?: \(([^()]*)\))?\s*$} captured, line
   * terminators (which {@code .} never matches) included, but that pattern took time quadratic in
   * the length of a line of spaces.
   */
  static String label(String heading) {
    int tail = heading.length();
    while (tail > 0 && isRegexSpace(heading.charAt(tail - 1))) {
      tail--;
    }
    int close = tail - 1;
    if (close < 3 || heading.charAt(close) != ')') {
      return "";
    }
    int open = heading.lastIndexOf('(', close - 1);
    if (open < 4 || heading.charAt(open - 1) != ' ' || heading.indexOf(')', open) != close) {
      return "";
    }
    for (int i = 3; i < open - 1; i++) {
      if (isLineTerminator(heading.charAt(i))) {
        return "";
      }
    }
    return heading.substring(open + 1, close).trim();
  }

  /** {@code \s} of {@link Pattern}: ASCII white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** What {@code .} of {@link Pattern} never matches. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static String link(List<String> head) {
    return head.stream()
        .map(RawLines::strip)
        .filter(l -> l.startsWith(LINK_PREFIX))
        .map(l -> l.substring(LINK_PREFIX.length()).trim())
        .findFirst()
        .orElse("");
  }

  private static Optional<EntryProblem> checkEntry(int index, Entry entry) {
    Optional<Section> source = entry.sourceSection();
    if (source.isEmpty()) {
      return Optional.of(
          new EntryProblem(
              index,
              entry.rank(),
              entry.title(),
              entry.lineNumber(),
              "entry " + entry.rank() + " has no '## Abstract (Original)' section"));
    }
    if (source.get().isBlank()) {
      return Optional.of(
          new EntryProblem(
              index,
              entry.rank(),
              entry.title(),
              source.get().lineNumber(),
              "entry " + entry.rank() + " has an empty '## Abstract (Original)' section"));
    }
    return Optional.empty();
  }

  private static String dominantNewline(List<String> lines) {
    long crlf = lines.stream().filter(l -> l.endsWith("\r\n")).count();
    long lf = lines.stream().filter(l -> l.endsWith("\n")).count() - crlf;
    return crlf > lf ? "\r\n" : "\n";
  }
}
