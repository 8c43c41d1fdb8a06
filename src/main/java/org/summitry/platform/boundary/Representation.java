package org.summitry.platform.boundary;

import java.util.Locale;

/**
 * The forms an entry's public address can answer in, and which one a request's {@code Accept}
 * header prefers. A page is the answer unless the client ranks JSON-LD or JSON strictly higher than
 * HTML: browsers (which send {@code *}{@code /*} after {@code text/html}), clients sending no
 * {@code Accept} and clients accepting anything get the page.
 */
public enum Representation {
  /** The HTML page. */
  PAGE("text/html"),
  /** The entry's schema.org description, the JSON-LD the page embeds. */
  LINKED_DATA("application/ld+json"),
  /** The API's representation of the entry. */
  DATA("application/json");

  /** The request attribute a page request carries when its JSON-LD twin is to be written. */
  public static final String ATTRIBUTE = Representation.class.getName();

  private final String mediaType;

  Representation(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The representation {@code accept} prefers; a missing or unreadable header prefers the page. */
  public static Representation preferred(String accept) {
    if (accept == null || accept.isBlank()) {
      return PAGE;
    }
    double page = 0;
    double linkedData = 0;
    double data = 0;
    int ranges = 0;
    for (String range : accept.split(",")) {
      if (++ranges > 32) {
        break;
      }
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      double quality = quality(parts);
      switch (type) {
        case "text/html", "application/xhtml+xml", "text/*", "*/*" ->
            page = Math.max(page, quality);
        case "application/ld+json" -> linkedData = Math.max(linkedData, quality);
        case "application/json" -> data = Math.max(data, quality);
        default -> {}
      }
    }
    if (linkedData > page && linkedData >= data) {
      return LINKED_DATA;
    }
    if (data > page) {
      return DATA;
    }
    return PAGE;
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].strip();
      if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
        try {
          double q = Double.parseDouble(parameter.substring(2).strip());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException unreadable) {
          return 0;
        }
      }
    }
    return 1;
  }
}
