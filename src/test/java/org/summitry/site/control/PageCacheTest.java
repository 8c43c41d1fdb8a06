package org.summitry.site.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitry.journal.boundary.Appended;

class PageCacheTest {

  private final AtomicLong index = new AtomicLong();
  private final AtomicLong journal = new AtomicLong(100);
  private PageCache cache;

  @BeforeEach
  void create() {
    cache = new PageCache();
    cache.configure(64 * 1024, index::get, journal::get);
  }

  private static PageCache.Cached page(String text) {
    return new PageCache.Cached(
        List.of(Map.entry("Content-Type", "text/html;charset=UTF-8")),
        text.getBytes(StandardCharsets.UTF_8),
        System.nanoTime());
  }

  /** What a request does: look up, and on a miss render and keep. */
  private String serve(String key, String rendered) {
    PageCache.Epoch epoch = cache.epoch();
    PageCache.Cached hit = cache.get(key, epoch);
    if (hit != null) {
      return new String(hit.body(), StandardCharsets.UTF_8);
    }
    cache.put(key, page(rendered), epoch);
    return rendered;
  }

  @Test
  void aPageIsServedAgainFromItsSecondVisitUntilTheArchiveChanges() {
    assertEquals("v1", serve("/gifts/vase", "v1"));
    assertEquals("v2", serve("/gifts/vase", "v2"), "a first visit only notes the address");
    assertEquals("v2", serve("/gifts/vase", "v3"));
    cache.changed(new Appended(101L, "GIFT", 7L));
    assertEquals("v4", serve("/gifts/vase", "v4"), "a change on this instance empties the cache");
    assertEquals("v4", serve("/gifts/vase", "v5"), "an address asked for before is kept at once");
  }

  @Test
  void aFloodOfOneOffAddressesLeavesThePagesVisitorsReadInPlace() {
    String body = "x".repeat(3000);
    serve("/countries/kp", body);
    serve("/countries/kp", body);
    serve("/gifts", body);
    serve("/gifts", body);
    for (int i = 0; i < 10_000; i++) {
      serve("/countries/kp?x=" + i, body);
    }
    assertNotNull(cache.get("/countries/kp", cache.epoch()), "still kept");
    assertNotNull(cache.get("/gifts", cache.epoch()), "still kept");
    assertEquals(2, cache.pages(), "none of the one-off addresses was kept");
  }

  @Test
  void theSearchIndexTakingInAnotherInstancesChangeEmptiesTheCache() {
    serve("/search?q=vase", "before");
    serve("/search?q=vase", "before");
    index.incrementAndGet();
    assertEquals("after", serve("/search?q=vase", "after"));
  }

  @Test
  void theJournalMovingOnEmptiesTheCacheWithinASecond() throws InterruptedException {
    serve("/summits", "before");
    serve("/summits", "before");
    journal.set(200);
    Thread.sleep(1100);
    assertEquals("after", serve("/summits", "after"));
  }

  @Test
  void aPageRenderedAcrossAChangeIsNotKept() {
    PageCache.Epoch before = cache.epoch();
    assertNull(cache.get("/people", before));
    cache.changed(new Appended(101L, "PERSON", 3L));
    // The next request sees the change before the slow one finishes.
    assertNull(cache.get("/people", cache.epoch()));
    cache.put("/people", page("read before the change"), before);
    assertNull(cache.get("/people", cache.epoch()));
  }

  @Test
  void theCacheKeepsToItsSizeDroppingTheLeastRecentlyUsed() {
    String body = "x".repeat(3000);
    serve("/gifts/0", body);
    for (int i = 0; i < 40; i++) {
      serve("/gifts/" + i, body);
      serve("/gifts/" + i, body);
      serve("/gifts/0", "never rendered again");
    }
    assertTrue(cache.bytes() <= 64 * 1024, "bytes " + cache.bytes());
    assertTrue(cache.pages() < 40, "pages " + cache.pages());
    PageCache.Cached first = cache.get("/gifts/0", cache.epoch());
    assertNotNull(first, "the page asked for most often stays");
    assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), first.body());
    assertNull(cache.get("/gifts/1", cache.epoch()), "the least recently used went first");
  }

  @Test
  void aFailingJournalReadMeansNothingIsServedFromTheCache() throws InterruptedException {
    cache.configure(
        64 * 1024,
        index::get,
        () -> {
          throw new IllegalStateException("database down");
        });
    serve("/", "one");
    serve("/", "one");
    Thread.sleep(1100);
    assertEquals("two", serve("/", "two"));
  }

  @Test
  void aZeroLimitTurnsTheCacheOff() {
    cache.configure(0, index::get, journal::get);
    assertEquals(false, cache.enabled());
    assertEquals("a", serve("/", "a"));
    assertEquals("b", serve("/", "b"));
  }
}
