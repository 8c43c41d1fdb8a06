package org.summitry.edtf;

import java.util.Arrays;
import java.util.Locale;
import org.summitry.kernel.Refusal;

/**
 * Thrown when text is not an EDTF date that Summitry accepts. The explanation is written for the
 * person who typed the date, so it can be shown next to the form field: {@link #message(Locale)}
 * gives it in the language of the page (keys {@code edtf.invalid}, {@code edtf.empty} and {@code
 * edtf.reason.*} of the message bundles), {@link #getMessage()} in English.
 */
public final class InvalidEdtfException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final String reason;
  private final transient Object[] reasonArguments;

  /**
   * @param text what was typed, or null when nothing was
   * @param reason the key of the reason, {@code edtf.reason.*}
   * @param reasonArguments the reason's arguments; an {@link Edtf} among them is put in words
   */
  InvalidEdtfException(String text, String reason, Object... reasonArguments) {
    super(text == null ? "edtf.empty" : "edtf.invalid");
    this.text = text;
    this.reason = reason;
    this.reasonArguments = reasonArguments.clone();
  }

  /** The key of the reason in the message bundles, for tests and logs. */
  public String reason() {
    return reason;
  }

  @Override
  public String message(Locale locale) {
    Object[] words =
        Arrays.stream(reasonArguments)
            .map(a -> a instanceof Edtf date ? date.inWords(locale) : a)
            .toArray();
    String why = phrase(locale, reason, words);
    return text == null
        ? phrase(locale, "edtf.empty", why)
        : phrase(locale, "edtf.invalid", text, why);
  }
}
