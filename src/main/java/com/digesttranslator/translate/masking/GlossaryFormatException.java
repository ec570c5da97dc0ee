package com.digesttranslator.translate.masking;

import java.io.IOException;

/** A glossary file that cannot be used as it is, with the file and line to fix. */
public class GlossaryFormatException extends IOException {

  public GlossaryFormatException(String fileName, int line, String problem) {
    super(fileName + ":" + line + ": " + problem);
  }
}
