package org.summitry.kernel;

import java.util.Locale;

/**
 * A value a form sent that the domain refuses for a reason only it can know (an address already
 * taken by another entry): the form shows {@link #message(Locale)} beside {@link #field()}, in the
 * language of its page.
 */
public class InvalidField extends RuntimeException {

  private final String field;
  private final Refusal reason;

  /**
   * @param key the reason's key in {@code messages.properties} (every language has it)
   * @param arguments the reason's arguments, as its ICU pattern numbers them
   */
  public InvalidField(String field, String key, Object... arguments) {
    this(field, new Refusal(key, arguments));
  }

  /** The field refused for the reason an entity gave. */
  public InvalidField(String field, Refusal reason) {
    super(reason.getMessage(), reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  /** The reason in the language of the locale. */
  public String message(Locale locale) {
    return reason.message(locale);
  }
}
