package org.summitry.search.boundary;

import java.util.List;

/**
 * A piece of a result's title or excerpt, {@code marked} when it is a word the search matched. A
 * page writes the marked ones in {@code <mark>}; the text is as stored, never escaped.
 */
public record Marked(String text, boolean marked) {

  /** The pieces run together, as plain text. */
  public static String plain(List<Marked> pieces) {
    if (pieces == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Marked piece : pieces) {
      text.append(piece.text());
    }
    return text.toString();
  }

  /** Whether any piece is a match. */
  public static boolean anyMarked(List<Marked> pieces) {
    return pieces != null && pieces.stream().anyMatch(Marked::marked);
  }
}
