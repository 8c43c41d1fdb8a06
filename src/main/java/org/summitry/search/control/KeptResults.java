package org.summitry.search.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;

/**
 * Results of searches asked for more than once, kept per query while the index stays as it was (its
 * {@link IndexKeeper#version() version}, read before the search ran), as search servers keep query
 * results between index commits: the second visitor who searches "dog", or pages back to the first
 * page of results, is answered without Lucene or the highlighter. A query enters only when asked
 * for a second time under the same version, so a flood of one-off queries churns the list of
 * queries seen once and never pushes out the ones visitors repeat. What is kept is shared by every
 * request that finds it and must not be changed by them.
 */
public final class KeptResults {

  private record Kept(long version, SearchResults results) {}

  /** Queries longer than the search reads ({@link QueryText#MAX_LENGTH}) are never kept. */
  private static final int LONGEST_TEXT = QueryText.MAX_LENGTH;

  private final int capacity;
  private final Map<SearchQuery, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<SearchQuery, Long> seenOnce = new LinkedHashMap<>(64, 0.75f, true);
  private long hits;
  private long misses;

  /** Keeps the results of at most {@code capacity} queries (0 keeps none). */
  public KeptResults(int capacity) {
    this.capacity = Math.max(0, capacity);
  }

  /** The results kept for {@code query} under {@code version}, or null. */
  public synchronized SearchResults find(SearchQuery query, long version) {
    Kept found = kept.get(query);
    if (found != null && found.version() == version) {
      hits++;
      return found.results();
    }
    misses++;
    return null;
  }

  /**
   * Offers the {@code results} of {@code query}, searched under {@code version}: kept when the same
   * query was offered before under the same version (or is kept already), else noted as seen.
   */
  public synchronized void offer(SearchQuery query, long version, SearchResults results) {
    if (capacity == 0 || query.text().length() > LONGEST_TEXT) {
      return;
    }
    Kept previous = kept.get(query);
    Long seen = seenOnce.get(query);
    if (previous == null && (seen == null || seen != version)) {
      seenOnce.put(query, version);
      trim(seenOnce, capacity * 4);
      return;
    }
    seenOnce.remove(query);
    kept.put(query, new Kept(version, results));
    trim(kept, capacity);
  }

  private static void trim(Map<SearchQuery, ?> map, int largest) {
    var eldest = map.entrySet().iterator();
    while (map.size() > largest && eldest.hasNext()) {
      eldest.next();
      eldest.remove();
    }
  }

  public synchronized int size() {
    return kept.size();
  }

  /** Searches answered from what was kept, and searches run, since start. */
  public synchronized long[] hitsAndMisses() {
    return new long[] {hits, misses};
  }
}
