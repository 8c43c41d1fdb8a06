package org.summitry.charts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A figure over the whole archive: counted once, served while current, counted again after. */
class RefreshingTest {

  /** A state of the archive, as the page cache gives it. */
  private record State(long local, long index, long journal) {}

  private final AtomicReference<State> epoch = new AtomicReference<>(new State(1, 1, 1));
  private final AtomicInteger counted = new AtomicInteger();
  private final AtomicReference<String> archive = new AtomicReference<>("3 gifts");
  private final AtomicLong clock = new AtomicLong();
  private final AtomicLong countTakes = new AtomicLong();
  private final Queue<Runnable> background = new ArrayDeque<>();
  private final Refreshing<String> figure =
      new Refreshing<>(
          () -> {
            counted.incrementAndGet();
            clock.addAndGet(countTakes.get());
            String now = archive.get();
            if (now == null) {
              throw new IllegalStateException("the database is away");
            }
            return now;
          },
          epoch::get,
          background::add,
          clock::get);

  @Test
  void countedOnceWhileTheArchiveStaysAsItWas() {
    AtomicBoolean behind = new AtomicBoolean();
    assertEquals("3 gifts", figure.get(() -> behind.set(true)));
    assertEquals("3 gifts", figure.get(() -> behind.set(true)));
    assertEquals(1, counted.get());
    assertFalse(behind.get());
    assertTrue(background.isEmpty());
  }

  @Test
  void aFigureCountedElsewhereIsServedWithoutCountingAndNeverReplacesOneCounted() {
    figure.offer(new State(1, 1, 1), "counted at start");
    AtomicBoolean behind = new AtomicBoolean();
    assertEquals("counted at start", figure.get(() -> behind.set(true)));
    assertEquals(0, counted.get(), "no visitor counts what was counted at start");
    assertFalse(behind.get());

    figure.offer(new State(1, 1, 1), "counted later");
    assertEquals("counted at start", figure.get(() -> {}), "the first figure held stays");
  }

  @Test
  void aFigureOfferedUnderAnEarlierStateIsNeverServedTheFirstCallerCountsAtOnce() {
    figure.offer(new State(0, 1, 1), "2 gifts");
    AtomicBoolean behind = new AtomicBoolean();
    assertEquals("3 gifts", figure.get(() -> behind.set(true)), "as if never counted");
    assertEquals(1, counted.get());
    assertFalse(behind.get(), "a figure counted for this visitor is current");
    assertTrue(background.isEmpty());
  }

  @Test
  void primingCountsOnceAheadOfCallers() {
    figure.prime(new State(1, 1, 1));
    figure.prime(new State(1, 1, 1));
    assertEquals(1, counted.get(), "a figure held is not counted again");
    assertEquals("3 gifts", figure.get(() -> {}));
    assertEquals(1, counted.get());
  }

  @Test
  void afterAChangeTheLastFigureIsServedAsBehindWhileOneCountRunsInTheBackground() {
    figure.get(() -> {});
    archive.set("4 gifts");
    epoch.set(new State(2, 1, 1));

    AtomicInteger behind = new AtomicInteger();
    assertEquals("3 gifts", figure.get(behind::incrementAndGet), "no visitor waits for a count");
    assertEquals("3 gifts", figure.get(behind::incrementAndGet));
    assertEquals(2, behind.get(), "both pages say they are behind, so neither is cached");
    assertEquals(1, background.size(), "one count at a time");
    assertEquals(1, counted.get());

    background.poll().run();
    AtomicBoolean stillBehind = new AtomicBoolean();
    assertEquals("4 gifts", figure.get(() -> stillBehind.set(true)));
    assertFalse(stillBehind.get());
    assertEquals(2, counted.get());
  }

  @Test
  void aChangeDuringTheCountLeadsToAnotherCount() {
    figure.get(() -> {});
    epoch.set(new State(2, 1, 1));
    figure.get(() -> {});
    archive.set("5 gifts");
    Runnable count = background.poll();
    count.run();
    epoch.set(new State(3, 1, 1)); // committed after the count read the state
    AtomicBoolean behind = new AtomicBoolean();
    assertEquals("5 gifts", figure.get(() -> behind.set(true)));
    assertTrue(behind.get());
    assertEquals(1, background.size(), "counted again under the newest state");
  }

  @Test
  void aFailedCountKeepsTheLastFigureAndALaterVisitTriesAgain() {
    figure.get(() -> {});
    archive.set(null);
    epoch.set(new State(2, 1, 1));
    figure.get(() -> {});
    background.poll().run();
    assertEquals("3 gifts", figure.get(() -> {}), "the last figure, not an error page");
    assertEquals(1, background.size(), "tried again");
    archive.set("6 gifts");
    background.poll().run();
    assertEquals("6 gifts", figure.get(() -> {}));
  }

  @Test
  void countsAreSpacedSoThatTheyTakeAtMostAThirdOfAProcessor() {
    figure.get(() -> {});
    countTakes.set(100);
    epoch.set(new State(2, 1, 1));
    figure.get(() -> {});
    background.poll().run(); // took 100 ns on the clock
    epoch.set(new State(3, 1, 1));
    clock.addAndGet(199);
    figure.get(() -> {});
    assertTrue(background.isEmpty(), "not before twice the last count's time has passed");
    clock.addAndGet(1);
    figure.get(() -> {});
    assertEquals(1, background.size());
  }

  @Test
  void aRefusedBackgroundTaskIsTriedAgainByTheNextVisit() {
    AtomicInteger refusals = new AtomicInteger();
    Refreshing<String> refused =
        new Refreshing<>(
            archive::get,
            epoch::get,
            task -> {
              refusals.incrementAndGet();
              throw new java.util.concurrent.RejectedExecutionException("no thread");
            },
            clock::get);
    refused.get(() -> {});
    epoch.set(new State(2, 1, 1));
    assertEquals("3 gifts", refused.get(() -> {}));
    assertEquals("3 gifts", refused.get(() -> {}));
    assertEquals(2, refusals.get(), "a refusal does not leave the figure stuck");
  }
}
