package org.summitry.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;

/**
 * A search asked for twice under the same index version is kept and answered from there; another
 * version, another page or other filters search again; one-off queries cannot push out kept ones.
 */
class KeptResultsTest {

  private static SearchQuery query(String text, int page) {
    return new SearchQuery(text, null, null, null, null, null, null, page, 20);
  }

  private static SearchResults results(SearchQuery query, long total) {
    return new SearchResults(query, List.of(), total, 1, 1, Map.of(), false, null, false);
  }

  @Test
  void aQueryAskedTwiceIsKeptWhileTheIndexStaysAsItWas() {
    KeptResults kept = new KeptResults(10);
    SearchQuery dog = query("dog", 1);
    kept.offer(dog, 7, results(dog, 3));
    assertNull(kept.find(dog, 7), "asked once: not kept");
    SearchResults second = results(dog, 3);
    kept.offer(dog, 7, second);
    assertSame(second, kept.find(query("dog", 1), 7), "an equal query finds it");
    assertNull(kept.find(dog, 8), "the index took in a change: search again");
    assertNull(kept.find(query("dog", 2), 7), "another page is another search");
    assertNull(
        kept.find(new SearchQuery("dog", "gift", null, null, null, null, null, 1, 20), 7),
        "other filters are another search");
    assertEquals(1, kept.hitsAndMisses()[0]);
  }

  @Test
  void seenOnceUnderAnOlderVersionDoesNotCount() {
    KeptResults kept = new KeptResults(10);
    SearchQuery dog = query("dog", 1);
    kept.offer(dog, 7, results(dog, 3));
    kept.offer(dog, 8, results(dog, 4));
    assertNull(kept.find(dog, 8), "the first ask was under another version");
    kept.offer(dog, 8, results(dog, 4));
    assertEquals(4, kept.find(dog, 8).total());
  }

  @Test
  void aFloodOfOneOffQueriesPushesNothingOut() {
    KeptResults kept = new KeptResults(2);
    SearchQuery dog = query("dog", 1);
    kept.offer(dog, 7, results(dog, 3));
    kept.offer(dog, 7, results(dog, 3));
    for (int i = 0; i < 1000; i++) {
      SearchQuery once = query("word" + i, 1);
      kept.offer(once, 7, results(once, i));
    }
    assertEquals(3, kept.find(dog, 7).total());
    assertEquals(1, kept.size());
  }

  @Test
  void atMostCapacityQueriesAreKeptAndOverlongOnesNever() {
    KeptResults kept = new KeptResults(2);
    for (String text : List.of("dog", "tea", "dirk")) {
      SearchQuery q = query(text, 1);
      kept.offer(q, 7, results(q, 1));
      kept.offer(q, 7, results(q, 1));
    }
    assertEquals(2, kept.size());
    assertNull(kept.find(query("dog", 1), 7), "the least recently used gave way");
    SearchQuery overlong = query("x".repeat(QueryText.MAX_LENGTH + 1), 1);
    kept.offer(overlong, 7, results(overlong, 1));
    kept.offer(overlong, 7, results(overlong, 1));
    assertNull(kept.find(overlong, 7));
    KeptResults none = new KeptResults(0);
    SearchQuery dog = query("dog", 1);
    none.offer(dog, 7, results(dog, 1));
    none.offer(dog, 7, results(dog, 1));
    assertNull(none.find(dog, 7), "capacity 0 keeps nothing");
  }
}
