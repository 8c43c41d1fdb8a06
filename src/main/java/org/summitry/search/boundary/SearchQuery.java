package org.summitry.search.boundary;

import java.util.List;
import java.util.Map;

/**
 * What a visitor asked for: the words and the facet values chosen; null or blank values do not
 * narrow. {@code giver} and {@code recipient} are country codes, {@code category} a category slug.
 */
public record SearchQuery(
    String text,
    String type,
    String category,
    String giver,
    String recipient,
    Integer decade,
    Integer year,
    int page,
    int size) {
  /** The kinds of entry a search can be narrowed to, as the {@code type} parameter names them. */
  public static final List<String> TYPES =
      List.of("summit", "gift", "person", "country", "photo", "source", "story");

  /** The address parameter of each facet dimension of the index, by dimension. */
  public static final Map<String, String> PARAMETERS =
      Map.of(
          "type", "type",
          "category", "category",
          "giver", "from",
          "recipient", "to",
          "decade", "decade",
          "year", "year");

  /** The same question on another page. */
  public SearchQuery onPage(int number) {
    return new SearchQuery(text, type, category, giver, recipient, decade, year, number, size);
  }
}
