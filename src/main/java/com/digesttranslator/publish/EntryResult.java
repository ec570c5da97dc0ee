package com.digesttranslator.publish;

import java.io.Serializable;

/**
 * What this run obtained for one entry: a translation, or the failure class and reason. Entries
 * without a result were reused as they stood or could not be parsed.
 *
 * @param translation the translated abstract, null when it failed
 * @param errorClass why it failed ({@code transient}, {@code quality} …), null when translated
 * @param message the failure's reason, null when translated
 */
public record EntryResult(String translation, String errorClass, String message)
    implements Serializable {

  public static EntryResult translated(String translation) {
    return new EntryResult(translation, null, null);
  }

  public static EntryResult failed(String errorClass, String message) {
    return new EntryResult(null, errorClass, message);
  }

  public boolean isTranslated() {
    return translation != null;
  }
}
