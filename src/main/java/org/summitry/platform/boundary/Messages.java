package org.summitry.platform.boundary;

import org.summitry.platform.control.Templates;

/** Interface text for Java code (form errors, notices), from the same bundle the templates use. */
public final class Messages {

  private Messages() {}

  /** The language of the interface. */
  public static java.util.Locale locale() {
    return Templates.LOCALE;
  }

  public static String get(String key, Object... arguments) {
    return Templates.message(Templates.LOCALE, key, arguments);
  }
}
