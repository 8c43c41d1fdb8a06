package org.summitry.kernel;

import com.ibm.icu.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A value the domain refuses, with the reason as a key of the interface's message bundle and its
 * arguments, so that the form shows it in the language of the person who typed the value. {@link
 * #getMessage()} gives the reason in English, for logs.
 */
public class Refusal extends IllegalArgumentException {

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String key;
  private final transient Object[] arguments;

  public Refusal(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** The reason in the language of the locale (English when the bundle has no such language). */
  public String message(Locale locale) {
    return phrase(locale, key, arguments);
  }

  /** The pattern {@code key} of the message bundle in the language of the locale, filled in. */
  protected static String phrase(Locale locale, String key, Object... arguments) {
    String pattern =
        ResourceBundle.getBundle(
                "messages", locale, Refusal.class.getClassLoader(), NO_DEFAULT_LOCALE)
            .getString(key);
    return new MessageFormat(pattern, locale).format(arguments);
  }

  @Override
  public String getMessage() {
    try {
      return message(Locale.UK);
    } catch (RuntimeException missing) {
      return key + " " + Arrays.toString(arguments);
    }
  }
}
