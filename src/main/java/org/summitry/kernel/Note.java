package org.summitry.kernel;

import com.ibm.icu.text.MessageFormat;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence for a person that is not a refusal: what a check found in a row of a register, how a
 * value will be read. It is a key of the interface's message bundles and its arguments, so that the
 * page shows it in the reader's language; {@link #toString()} gives it in English, for logs and
 * tests.
 */
public record Note(String key, List<Object> arguments) implements Serializable {

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public Note {
    arguments = List.copyOf(arguments);
  }

  public static Note of(String key, Object... arguments) {
    return new Note(key, List.of(arguments));
  }

  /**
   * The sentence in the language of the locale (English when the bundles have no such language).
   */
  public String in(Locale locale) {
    String pattern =
        ResourceBundle.getBundle("messages", locale, Note.class.getClassLoader(), NO_DEFAULT_LOCALE)
            .getString(key);
    // A note may stand inside another ("not a date: …"): it is put in the same language.
    Object[] values =
        arguments.stream().map(a -> a instanceof Note note ? note.in(locale) : a).toArray();
    return new MessageFormat(pattern, locale).format(values);
  }

  /** {@link #in(Locale)} under a name templates can call ("in" is a word of their expressions). */
  public String text(Locale locale) {
    return in(locale);
  }

  /** The notes in the language of the locale, one after another. */
  public static String in(List<Note> notes, Locale locale) {
    StringBuilder text = new StringBuilder();
    for (Note note : notes) {
      text.append(text.length() == 0 ? "" : " ").append(note.in(locale));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return in(Locale.UK);
  }
}
