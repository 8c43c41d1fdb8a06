package org.summitry.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.summitry.search.control.IndexKeeper;
import org.summitry.search.control.SearchIndex;

/** Full-text search over every public entry, and the state of this instance's index. */
@ApplicationScoped
public class Search {

  @Inject IndexKeeper keeper;

  /** Results for a visitor's query; empty while the index is not open yet. */
  public SearchResults search(SearchQuery query) {
    SearchIndex index = keeper.index();
    if (index == null) {
      return new SearchResults(query, List.of(), 0, 1, 0, Map.of(), null, false);
    }
    try {
      return index.search(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public IndexStatus status() {
    return keeper.status();
  }

  public void rebuild() {
    keeper.requestRebuild();
  }
}
