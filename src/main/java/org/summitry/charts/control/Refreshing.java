package org.summitry.charts.control;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A figure counted over the whole archive, kept while the archive stays as it was (its state, a
 * value compared with {@code equals}). The first call counts it at once; after a change the last
 * figure is served while one background count runs, and the caller is told that it is behind.
 * Counts are spaced so that the background work takes at most a third of one processor, whatever
 * the rate of changes.
 */
public final class Refreshing<T> {

  private static final Logger LOG = Logger.getLogger(Refreshing.class.getName());

  /** A figure and the state it was counted under; {@code offered} when counted ahead of callers. */
  private record Held<T>(Object epoch, T value, boolean offered) {}

  private final Supplier<T> reader;
  private final Supplier<Object> epoch;
  private final Executor executor;
  private final LongSupplier clock;
  private final AtomicBoolean counting = new AtomicBoolean();
  private volatile Held<T> held;
  private volatile long notBefore;

  /** {@code clock} gives nanoseconds, as {@link System#nanoTime} does. */
  public Refreshing(
      Supplier<T> reader, Supplier<Object> epoch, Executor executor, LongSupplier clock) {
    this.reader = reader;
    this.epoch = epoch;
    this.executor = executor;
    this.clock = clock;
    this.notBefore = clock.getAsLong();
  }

  /**
   * The figure; {@code behind} runs when it was counted under an earlier state of the archive. The
   * state is taken before counting, so a change committed meanwhile leads to another count.
   */
  public T get(Runnable behind) {
    Object now = epoch.get();
    Held<T> current = held;
    if (current == null || current.offered() && !current.epoch().equals(now)) {
      synchronized (this) {
        current = held;
        if (current == null || current.offered() && !current.epoch().equals(now)) {
          current = new Held<>(now, reader.get(), false);
          held = current;
        }
      }
    }
    if (!current.epoch().equals(now)) {
      countAgain();
      behind.run();
    }
    return current.value();
  }

  /**
   * A figure counted elsewhere under {@code at} (taken before counting): a count of every country
   * at once fills each country's figure. It is kept unless a figure is held already, and served
   * only while the archive stays as it was; after a change the next caller counts at once, as for a
   * figure never counted, rather than be shown one no visitor has seen.
   */
  public void offer(Object at, T value) {
    synchronized (this) {
      if (held == null) {
        held = new Held<>(at, value, true);
      }
    }
  }

  /** Counts the figure now under {@code at} (taken before), unless one is held already. */
  public void prime(Object at) {
    if (held == null) {
      offer(at, reader.get());
    }
  }

  private void countAgain() {
    if (clock.getAsLong() - notBefore < 0 || !counting.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::count);
    } catch (RuntimeException e) {
      counting.set(false);
      LOG.log(Level.FINE, "No thread to count with now; the next request tries again", e);
    }
  }

  private void count() {
    long start = clock.getAsLong();
    try {
      Object at = epoch.get();
      held = new Held<>(at, reader.get(), false);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Counting again failed; the last figure stays", e);
    } finally {
      long end = clock.getAsLong();
      notBefore = end + 2 * (end - start);
      counting.set(false);
    }
  }
}
