package org.summitry.kernel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A place in GeoNames, the gazetteer that gives every city one number ({@code 1871859} is
 * Pyongyang). {@link #parse} reads the number alone or the address of its page ({@code
 * https://www.geonames.org/1871859/pyongyang.html}) or of its linked-data feature ({@code
 * https://sws.geonames.org/1871859/}).
 *
 * @param value a positive number
 */
public record GeoNamesId(long value) {

  private static final long LARGEST = 9_999_999_999L;

  public GeoNamesId {
    if (value < 1 || value > LARGEST) {
      throw new IllegalArgumentException("not a GeoNames id: " + value);
    }
  }

  /** The place that {@code text} names, or empty when it names none. */
  public static Optional<GeoNamesId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String candidate = text.strip();
    if (candidate.regionMatches(true, 0, "http", 0, 4)) {
      candidate = firstSegmentOnGeoNames(candidate);
      if (candidate == null) {
        return Optional.empty();
      }
    }
    if (!candidate.matches("[1-9][0-9]{0,9}")) {
      return Optional.empty();
    }
    return Optional.of(new GeoNamesId(Long.parseLong(candidate)));
  }

  /** The number, or null for blank text; text that names no place throws. */
  public static Long normalize(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return parse(text)
        .map(GeoNamesId::value)
        .orElseThrow(() -> new IllegalArgumentException("not a GeoNames id: " + text));
  }

  /** The feature's URI in GeoNames' linked data, for {@code sameAs}. */
  public String uri() {
    return "https://sws.geonames.org/" + value + "/";
  }

  /** The place's page, for people to follow. */
  public String page() {
    return "https://www.geonames.org/" + value;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }

  private static String firstSegmentOnGeoNames(String address) {
    try {
      URI uri = new URI(address);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      String path = uri.getPath();
      if (!(host.equals("geonames.org") || host.endsWith(".geonames.org")) || path == null) {
        return null;
      }
      String[] segments = path.split("/");
      return segments.length > 1 ? segments[1] : null;
    } catch (URISyntaxException invalid) {
      return null;
    }
  }
}
