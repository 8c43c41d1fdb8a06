package org.summitry.search.boundary;

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

  /** The same question on another page. */
  public SearchQuery onPage(int number) {
    return new SearchQuery(text, type, category, giver, recipient, decade, year, number, size);
  }
}
