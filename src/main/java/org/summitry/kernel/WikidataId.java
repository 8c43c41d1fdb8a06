package org.summitry.kernel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item of Wikidata, the authority file that names the same person, country or event across
 * libraries, encyclopedias and archives: "Q" and a number without leading zeros, such as {@code
 * Q7747} for Vladimir Putin. People paste what they have at hand, so {@link #parse} also reads a
 * lower-case q and the addresses of an item's page or entity ({@code
 * https://www.wikidata.org/wiki/Q7747}, {@code http://www.wikidata.org/entity/Q7747}).
 *
 * @param value the identifier in its one written form, "Q7747"
 */
public record WikidataId(String value) {

  private static final Pattern ITEM = Pattern.compile("[Qq]([1-9][0-9]{0,11})");

  public WikidataId {
    if (value == null || !value.matches("Q[1-9][0-9]{0,11}")) {
      throw new IllegalArgumentException("not a Wikidata item: " + value);
    }
  }

  /**
   * The item that {@code text} names, or empty when it names none: text that is blank, another kind
   * of Wikidata entity (a property "P31"), or an address of another site.
   */
  public static Optional<WikidataId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String candidate = text.strip();
    if (candidate.regionMatches(true, 0, "http", 0, 4)) {
      candidate = lastSegmentOnWikidata(candidate);
      if (candidate == null) {
        return Optional.empty();
      }
    }
    Matcher item = ITEM.matcher(candidate);
    return item.matches() ? Optional.of(new WikidataId("Q" + item.group(1))) : Optional.empty();
  }

  /** The identifier in its written form, or null for blank text; text that names no item throws. */
  public static String normalize(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return parse(text)
        .map(WikidataId::value)
        .orElseThrow(() -> new IllegalArgumentException("not a Wikidata item: " + text));
  }

  /** The item's concept URI, the one linked data uses for {@code sameAs}. */
  public String uri() {
    return "http://www.wikidata.org/entity/" + value;
  }

  /** The item's page, for people to follow. */
  public String page() {
    return "https://www.wikidata.org/wiki/" + value;
  }

  @Override
  public String toString() {
    return value;
  }

  private static String lastSegmentOnWikidata(String address) {
    try {
      URI uri = new URI(address);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      String path = uri.getPath();
      if (!(host.equals("wikidata.org") || host.endsWith(".wikidata.org")) || path == null) {
        return null;
      }
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    } catch (URISyntaxException invalid) {
      return null;
    }
  }
}
