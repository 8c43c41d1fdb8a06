package org.summitry.search.boundary;

/**
 * How the index of this instance stands.
 *
 * @param state STARTING, REBUILDING, FOLLOWING or FAILED
 * @param position the last journal row the index holds
 * @param latest the latest journal row in the database
 * @param rebuilt documents written by the rebuild in progress or the last one
 * @param total the public entries the database counted when that rebuild began (0 before any)
 * @param requested whether a rebuild was asked for and has not begun yet
 */
public record IndexStatus(
    String state,
    long position,
    long latest,
    long rebuilt,
    long total,
    boolean requested,
    String problem) {

  /** Whether a rebuild is asked for or going on. */
  public boolean rebuilding() {
    return requested || "REBUILDING".equals(state) || "STARTING".equals(state);
  }

  public long lag() {
    return Math.max(0, latest - position);
  }

  public boolean caughtUp() {
    return "FOLLOWING".equals(state) && lag() == 0;
  }
}
