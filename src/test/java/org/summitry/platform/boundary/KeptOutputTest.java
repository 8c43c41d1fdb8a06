package org.summitry.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptOutputTest {

  private static KeptOutput.Key card(long id) {
    return new KeptOutput.Key("giftCard", id, "en-GB", "");
  }

  @Test
  void aCardIsDrawnOnceWhileTheArchiveStaysAsItWas() {
    KeptOutput<String> kept = new KeptOutput<>(10);
    AtomicInteger drawn = new AtomicInteger();
    String first = kept.get(card(1), 7L, () -> "<article>" + drawn.incrementAndGet());
    String second = kept.get(card(1), 7L, () -> "<article>" + drawn.incrementAndGet());
    assertEquals("<article>1", first);
    assertEquals(first, second);
    assertArrayEquals(new long[] {1, 1}, kept.hitsAndMisses());
  }

  @Test
  void aChangeToTheArchiveDrawsTheCardAgain() {
    KeptOutput<String> kept = new KeptOutput<>(10);
    kept.put(card(1), 7L, "old title");
    assertEquals("new title", kept.get(card(1), 8L, () -> "new title"));
    assertNull(kept.find(card(1), 7L), "an output of an older state is never used again");
  }

  @Test
  void languagesAndAddressesAreKeptApart() {
    KeptOutput<String> kept = new KeptOutput<>(10);
    kept.put(card(1), 7L, "Pair of dogs");
    assertNull(kept.find(new KeptOutput.Key("giftCard", 1L, "ko", ""), 7L));
    assertNull(kept.find(new KeptOutput.Key("giftCard", 1L, "en-GB", "/archive"), 7L));
  }

  @Test
  void theLeastRecentlyUsedGiveWayBeyondCapacity() {
    KeptOutput<String> kept = new KeptOutput<>(2);
    kept.put(card(1), 7L, "one");
    kept.put(card(2), 7L, "two");
    kept.find(card(1), 7L);
    kept.put(card(3), 7L, "three");
    assertEquals(2, kept.size());
    assertEquals("one", kept.find(card(1), 7L));
    assertNull(kept.find(card(2), 7L));
  }

  @Test
  void noCapacityKeepsNothing() {
    KeptOutput<String> kept = new KeptOutput<>(0);
    kept.put(card(1), 7L, "one");
    assertEquals(0, kept.size());
  }
}
