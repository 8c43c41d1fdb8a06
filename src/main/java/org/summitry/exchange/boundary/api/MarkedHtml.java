package org.summitry.exchange.boundary.api;

import java.util.List;
import org.summitry.search.boundary.Marked;

/**
 * The API's {@code titleHtml} and {@code snippetHtml}: a result's {@link Marked} pieces as escaped
 * HTML with each match in {@code <mark>}, the one markup the JSON carries, kept for the clients
 * that read it. Pages draw the same pieces in their templates.
 */
final class MarkedHtml {

  private MarkedHtml() {}

  static String of(List<Marked> pieces) {
    if (pieces == null) {
      return null;
    }
    StringBuilder html = new StringBuilder();
    for (Marked piece : pieces) {
      if (piece.marked()) {
        html.append("<mark>");
        escape(html, piece.text());
        html.append("</mark>");
      } else {
        escape(html, piece.text());
      }
    }
    return html.toString();
  }

  private static void escape(StringBuilder html, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#x27;");
        default -> html.append(c);
      }
    }
  }
}
