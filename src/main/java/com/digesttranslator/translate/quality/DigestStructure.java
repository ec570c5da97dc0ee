package com.digesttranslator.translate.quality;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines that mean something in the digest format (see {@code DigestParser}): a {@code ## } section
 * heading, a {@code --- N. Title ---} entry line, a {@code Link: } line. A translation is written
 * into the digest line by line, so an LLM that echoes a heading would split the entry or start a
 * new one on the next read. Leading spaces are ignored, to stay on the safe side of the parser.
 */
final class DigestStructure {

  private static final Pattern HEADING = Pattern.compile("^\\s*## ");
  private static final Pattern ENTRY = Pattern.compile("^\\s*--- \\d{1,4}\\. .* ---\\s*$");
  private static final Pattern LINK = Pattern.compile("^\\s*Link: ");
  private static final int QUOTED_LENGTH = 60;

  private DigestStructure() {}

  /** The first line of {@code translation} that the digest parser would read as structure. */
  static Optional<String> find(String source, String translation) {
    boolean sourceHasLink = source.lines().anyMatch(l -> LINK.matcher(l).find());
    // Lines end at \r\n, \r or \n; lines() differs from splitting at those only in the empty
    // lines it keeps or drops, which hold no structure, and compiles no regex per reply.
    for (String line : (Iterable<String>) translation.lines()::iterator) {
      String kind =
          HEADING.matcher(line).find()
              ? "a '## ' section heading"
              : ENTRY.matcher(line).find()
                  ? "a '--- N. Title ---' entry line"
                  : LINK.matcher(line).find() && !sourceHasLink ? "a 'Link: ' line" : null;
      if (kind != null) {
        String quoted = line.strip();
        if (quoted.length() > QUOTED_LENGTH) {
          quoted = quoted.substring(0, QUOTED_LENGTH) + "…";
        }
        return Optional.of("translation contains digest structure, " + kind + ": '" + quoted + "'");
      }
    }
    return Optional.empty();
  }
}
