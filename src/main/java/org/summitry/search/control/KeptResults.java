package org.summitry.search.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.summitry.platform.boundary.KeptOutput;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;

/**
 * Results of searches asked for more than once, kept per query while the index stays as it was (its
 * {@link IndexReadings#version() version}, read before the search ran), as search servers keep
 * query results between index commits: the second visitor who searches "dog", or pages back to the
 * first page of results, is answered without Lucene or the highlighter. A query enters only when
 * asked for a second time under the same version, so a flood of one-off queries churns the list of
 * queries seen once and never pushes out the ones visitors repeat. What is kept is shared by every
 * request that finds it and must not be changed by them.
 */
public final class KeptResults {

  /** Queries longer than the search reads ({@link QueryText#MAX_LENGTH}) are never kept. */
  private static final int LONGEST_TEXT = QueryText.MAX_LENGTH;

  private final int capacity;
  private final KeptOutput<SearchResults> kept;
  private final Map<SearchQuery, Long> seenOnce = new LinkedHashMap<>(64, 0.75f, true);

  /** Keeps the results of at most {@code capacity} queries (0 keeps none). */
  public KeptResults(int capacity) {
    this.capacity = Math.max(0, capacity);
    this.kept = new KeptOutput<>(this.capacity);
  }

  /** The results kept for {@code query} under {@code version}, or null. */
  public SearchResults find(SearchQuery query, long version) {
    return kept.find(key(query), version);
  }

  /**
   * Offers the {@code results} of {@code query}, searched under {@code version}: kept when the same
   * query was offered before under the same version, else noted as seen.
   */
  public void offer(SearchQuery query, long version, SearchResults results) {
    if (capacity == 0 || query.text().length() > LONGEST_TEXT) {
      return;
    }
    synchronized (seenOnce) {
      Long seen = seenOnce.get(query);
      if (seen == null || seen != version) {
        seenOnce.put(query, version);
        var eldest = seenOnce.entrySet().iterator();
        while (seenOnce.size() > capacity * 4 && eldest.hasNext()) {
          eldest.next();
          eldest.remove();
        }
        return;
      }
      seenOnce.remove(query);
    }
    kept.put(key(query), version, results);
  }

  private static KeptOutput.Key key(SearchQuery query) {
    return new KeptOutput.Key("search", query, "", "");
  }

  public int size() {
    return kept.size();
  }

  /** Searches answered from what was kept, and searches run, since start. */
  public long[] hitsAndMisses() {
    return kept.hitsAndMisses();
  }
}
