package org.summitry.curation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Refusal;

/**
 * One piece of bulk work on many entries of a kind: what to do, to which entries, by whom, and how
 * far it got. It waits for the curator's confirmation ({@link Status#PENDING}), then changes the
 * entries one by one, each in a transaction of its own, so that one refused entry (a story with no
 * text cannot be published) leaves the others changed. A refused entry keeps its reason.
 */
public final class BulkJob {

  /** Where the work is. */
  public enum Status {
    /** Waiting for the curator to confirm; nothing has changed. */
    PENDING,
    /** Changing the entries. */
    RUNNING,
    /** Every entry was tried. */
    DONE
  }

  /**
   * What happens to one entry.
   *
   * @see BulkJob#run()
   */
  @FunctionalInterface
  public interface Step {
    /**
     * Changes the entry and journals it; false when there was nothing to change.
     *
     * @throws InvalidField when the entry refuses the change, with the reason
     */
    boolean apply(Long id);
  }

  /** An entry that was not changed, and why. */
  public record Refused(Long id, String title, Refusal reason) {}

  private final long id;
  private final String kind;
  private final String action;
  private final String detail;
  private final List<Long> ids;
  private final String actor;
  private final Step step;
  private final LongFunction<String> title;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger changed = new AtomicInteger();
  private final List<Refused> refused = new ArrayList<>();
  private volatile Status status = Status.PENDING;
  private volatile Instant started;
  private volatile Instant finished;

  /**
   * @param kind the list the entries come from, as its address names it ({@code gifts})
   * @param action what is done to each ({@code publish}, {@code category}, ...)
   * @param detail what the action sets, as the curator reads it (a category's name), or null
   * @param title names an entry in the summary of refusals
   */
  public BulkJob(
      long id,
      String kind,
      String action,
      String detail,
      List<Long> ids,
      String actor,
      Step step,
      LongFunction<String> title) {
    this.id = id;
    this.kind = kind;
    this.action = action;
    this.detail = detail;
    this.ids = List.copyOf(ids);
    this.actor = actor;
    this.step = step;
    this.title = title;
  }

  /**
   * Moves a pending job on to running; false when it was confirmed already, so that a second click
   * of the button does not run it twice.
   */
  public synchronized boolean start() {
    if (status != Status.PENDING) {
      return false;
    }
    status = Status.RUNNING;
    started = Instant.now();
    return true;
  }

  /** Tries every entry in turn; an entry that refuses, or has gone, is noted and left as it was. */
  public void run() {
    for (Long entry : ids) {
      try {
        if (step.apply(entry)) {
          changed.incrementAndGet();
        }
      } catch (InvalidField refusal) {
        refuse(entry, refusal.getCause() instanceof Refusal reason ? reason : null);
      } catch (RuntimeException failure) {
        refuse(entry, null);
      }
      done.incrementAndGet();
    }
    finished = Instant.now();
    status = Status.DONE;
  }

  private void refuse(Long entry, Refusal reason) {
    String name;
    try {
      name = title.apply(entry);
    } catch (RuntimeException gone) {
      name = null;
    }
    Refusal why =
        reason != null
            ? reason
            : name == null ? new Refusal("bulk.refused.gone") : new Refusal("bulk.refused.failed");
    synchronized (refused) {
      refused.add(new Refused(entry, name, why));
    }
  }

  public long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String action() {
    return action;
  }

  public String detail() {
    return detail;
  }

  public String actor() {
    return actor;
  }

  public Status status() {
    return status;
  }

  public int total() {
    return ids.size();
  }

  public int done() {
    return done.get();
  }

  public int changed() {
    return changed.get();
  }

  /** Entries that were already as asked, so nothing was journaled for them. */
  public int unchanged() {
    synchronized (refused) {
      return done.get() - changed.get() - refused.size();
    }
  }

  public List<Refused> refused() {
    synchronized (refused) {
      return List.copyOf(refused);
    }
  }

  public int percent() {
    return ids.isEmpty() ? 100 : (int) (100L * done.get() / ids.size());
  }

  /** Seconds spent so far, or in all once done. */
  public double seconds() {
    Instant from = started;
    if (from == null) {
      return 0;
    }
    Instant to = finished == null ? Instant.now() : finished;
    return Duration.between(from, to).toMillis() / 1000.0;
  }
}
