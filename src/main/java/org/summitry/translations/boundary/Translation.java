package org.summitry.translations.boundary;

import jakarta.validation.constraints.Size;

/**
 * An entry's title and text in {@code lang} ({@code ko} or {@code ru}), as a curator wrote them;
 * either may be null. {@code text} is the entry's long text: a summit's summary, a gift's
 * description.
 */
public record Translation(
    String lang, @Size(max = 300) String title, @Size(max = 20000) String text) {

  /** Whether it says nothing: no title and no text, or only space. */
  public boolean isEmpty() {
    return blank(title) && blank(text);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
