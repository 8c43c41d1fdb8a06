package org.summitry.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.kernel.Page;
import org.summitry.search.control.IndexKeeper;
import org.summitry.search.control.IndexReadings;
import org.summitry.search.control.KeptResults;
import org.summitry.search.control.SearchIndex;

/** Full-text search over every public entry, and the state of this instance's index. */
@ApplicationScoped
public class Search {

  /**
   * How deep list pages go: sorting a page at offset n keeps n entries in memory, so a page of the
   * millionth gift would hold a million of them per request. Past the first 10,000 entries of a
   * list a visitor narrows it instead (filters, the other order, search), as search engines ask.
   */
  public static final int LIST_DEPTH = 10_000;

  @Inject IndexKeeper keeper;

  /** The keeper's readings, asked for once (the keeper is an EJB: each call is an invocation). */
  private volatile IndexReadings readings;

  private KeptResults kept = new KeptResults(0);

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.search.kept", defaultValue = "500") int capacity) {
    kept = new KeptResults(capacity);
  }

  /**
   * Results for a visitor's query; empty while the index is not open yet. A query asked again while
   * the index stays as it was is answered from {@link KeptResults}.
   */
  public SearchResults search(SearchQuery query) {
    long version = readings().version();
    SearchIndex index = readings().index();
    if (index == null) {
      return new SearchResults(query, List.of(), 0, 1, 0, Map.of(), false, null, false);
    }
    SearchResults found = kept.find(query, version);
    if (found != null) {
      return found;
    }
    try {
      SearchResults results = index.search(query);
      kept.offer(query, version, results);
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A page of the ids a list shows, in order, with the total; empty while this instance's index is
   * still being built, so the page can ask the database instead.
   */
  public Optional<Page<Long>> list(Listing listing, ListOrder order, int page, int size) {
    SearchIndex index = readyIndex();
    if (index == null) {
      return Optional.empty();
    }
    try {
      var filter = index.filter(listing.type(), listing.facets(), listing.keys(), listing.year());
      SearchIndex.ListPage found = index.page(filter, order, page, size, LIST_DEPTH);
      return Optional.of(
          new Page<>(
              found.ids(),
              found.number(),
              size,
              found.total(),
              Math.min(found.total(), LIST_DEPTH)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The years that entries of this type fall in, newest first; empty while the index is built. */
  public Optional<List<Integer>> years(String type) {
    SearchIndex index = readyIndex();
    if (index == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          index.counts(index.filter(type, Map.of(), Map.of(), null), "year").keySet().stream()
              .map(Integer::valueOf)
              .sorted(Comparator.reverseOrder())
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchIndex readyIndex() {
    SearchIndex index = readings().index();
    return index != null && readings().following() ? index : null;
  }

  /**
   * Changes whenever this instance's index has taken in changes (its own or another instance's),
   * been rebuilt or changed state, so that what was read from it can be known to be out of date.
   */
  public long version() {
    return readings().version();
  }

  private IndexReadings readings() {
    IndexReadings known = readings;
    if (known == null) {
      known = keeper.readings();
      readings = known;
    }
    return known;
  }

  public IndexStatus status() {
    return keeper.status();
  }

  public void rebuild() {
    keeper.requestRebuild();
  }
}
