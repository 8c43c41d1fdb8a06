package org.summitry.search.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which entries a list page shows, answered by the index rather than the database: entries of one
 * type, narrowed by facet values (such as {@code category}, {@code giver}, {@code recipient}), by
 * exact keys (such as {@code giver_person}) and by a calendar year their date overlaps.
 */
public record Listing(
    String type, Map<String, String> facets, Map<String, String> keys, Integer year) {

  public static Listing of(String type) {
    return new Listing(type, new LinkedHashMap<>(), new LinkedHashMap<>(), null);
  }

  public Listing facet(String dim, String value) {
    Map<String, String> more = new LinkedHashMap<>(facets);
    more.put(dim, value);
    return new Listing(type, more, keys, year);
  }

  public Listing key(String name, Object value) {
    Map<String, String> more = new LinkedHashMap<>(keys);
    more.put(name, value == null ? null : value.toString());
    return new Listing(type, facets, more, year);
  }

  public Listing inYear(Integer calendarYear) {
    return new Listing(type, facets, keys, calendarYear);
  }
}
