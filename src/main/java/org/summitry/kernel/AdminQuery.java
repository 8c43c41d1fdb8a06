package org.summitry.kernel;

/**
 * A back-office list request: free text to search for (may be blank), a sort key the list knows,
 * its direction, and the page.
 */
public record AdminQuery(String text, String sort, boolean descending, int page, int size) {

  public String likePattern() {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.strip()
            .toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
