package org.summitry.search.boundary;

import java.util.List;
import java.util.Map;

/**
 * A page of results with the facet counts of the whole result set.
 *
 * @param suggestion a respelling of the query that finds more, or null
 * @param broadened no entry had every word, so these results have some of them
 * @param facets counts per dimension; each dimension is counted as if its own choice were not made,
 *     so a visitor sees what choosing another value would give
 * @param estimated the facet counts were scaled up from a sample of the matches (there were very
 *     many); the total is always exact
 */
public record SearchResults(
    SearchQuery query,
    List<SearchHit> hits,
    long total,
    int page,
    int pages,
    Map<String, List<FacetCount>> facets,
    boolean estimated,
    String suggestion,
    boolean broadened) {

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  public long firstNumber() {
    return total == 0 ? 0 : (long) (page - 1) * query.size() + 1;
  }

  public long lastNumber() {
    return firstNumber() + hits.size() - (hits.isEmpty() ? 0 : 1);
  }
}
