package com.digesttranslator.outcome;

import com.digesttranslator.translate.ErrorClass;
import java.util.Locale;

/**
 * Why an abstract or file was not translated: a provider's {@link ErrorClass}, or one of the two
 * input problems that never reach a provider. Each class belongs to one {@link Stage}.
 */
public enum FailureClass {
  TRANSIENT(Stage.TRANSLATE),
  PERMANENT(Stage.TRANSLATE),
  AUTH(Stage.TRANSLATE),
  QUOTA(Stage.TRANSLATE),
  QUALITY(Stage.TRANSLATE),
  /** A malformed entry (or one too long to send). */
  FORMAT(Stage.PARSE),
  /** A file that could not be read as a digest. */
  BAD_FILE(Stage.READ);

  private final Stage stage;

  FailureClass(Stage stage) {
    this.stage = stage;
  }

  /** A switch rather than a lookup by name, so a new provider error class must be placed here. */
  public static FailureClass of(ErrorClass errorClass) {
    return switch (errorClass) {
      case TRANSIENT -> TRANSIENT;
      case PERMANENT -> PERMANENT;
      case AUTH -> AUTH;
      case QUOTA -> QUOTA;
      case QUALITY -> QUALITY;
    };
  }

  public Stage stage() {
    return stage;
  }

  /** Lower-case name, as reports and failure markers write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
