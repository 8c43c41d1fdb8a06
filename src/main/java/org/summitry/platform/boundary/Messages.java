package org.summitry.platform.boundary;

import org.summitry.platform.control.Templates;

/** Interface text for Java code (form errors, notices), from the same bundle the templates use. */
public final class Messages {

  private Messages() {}

  /** The language of the interface for the request being served. */
  public static java.util.Locale locale() {
    return Language.current().locale();
  }

  public static String get(String key, Object... arguments) {
    return Templates.message(locale(), key, arguments);
  }
}
