package org.summitry.search.control;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The search index's state as {@link IndexKeeper} leaves it, for every search and list to read
 * without a call into the keeper: the keeper is an EJB (its timer follows the journal), and each
 * call into an EJB goes through the container's invocation (a few per page, 2–3 % of a list's
 * render). The keeper makes one when it is made and alone changes it; {@link
 * IndexKeeper#readings()} hands it out once to each reader, which keeps it.
 */
public final class IndexReadings {

  private volatile SearchIndex index;
  private volatile String state = "STARTING";
  private volatile boolean rebuildRequested;

  /** Changes whenever what searches and lists answer may have changed; see {@link #version()}. */
  private final AtomicLong version = new AtomicLong();

  /** The open index, or null while it is being opened. */
  public SearchIndex index() {
    return index;
  }

  /**
   * A number that changes whenever the index has taken in changes, been rebuilt, changed state or
   * been asked to rebuild: what was read from it before may be out of date once it differs.
   */
  public long version() {
    return version.get();
  }

  /**
   * Whether the index has been built and follows the journal (not starting or rebuilding). A
   * requested rebuild counts as begun: after a restore the index is wrong until it is rebuilt, and
   * lists ask the database meanwhile rather than show the old index until the next tick.
   */
  public boolean following() {
    return "FOLLOWING".equals(state) && !rebuildRequested;
  }

  String state() {
    return state;
  }

  boolean rebuildRequested() {
    return rebuildRequested;
  }

  void index(SearchIndex index) {
    this.index = index;
  }

  void state(String state) {
    this.state = state;
  }

  void rebuildRequested(boolean requested) {
    this.rebuildRequested = requested;
  }

  /** Marks that what was read from the index may be out of date. */
  void changed() {
    version.incrementAndGet();
  }
}
