package org.summitry.kernel;

/**
 * What a form's or a draft's text field means when it holds nothing: free text is kept exactly as
 * typed ({@link #emptyToNull}), codes and choices ignore surrounding white space ({@link
 * #blankToNull}, {@link #strippedOrNull}).
 */
public final class Text {

  private Text() {}

  /** Null for a missing or empty text; any other text as it is, white space included. */
  public static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** Null for a missing text or one of white space only; any other text as it is. */
  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** Null for a missing text or one of white space only; any other without surrounding space. */
  public static String strippedOrNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
