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

  /**
   * A {@code LIKE} pattern (escape character {@code !}) matching text that holds {@code text} in
   * any case, to be compared with a lower-cased column; null for blank text.
   */
  public static String likeHolding(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.strip()
            .toLowerCase(java.util.Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }
}
