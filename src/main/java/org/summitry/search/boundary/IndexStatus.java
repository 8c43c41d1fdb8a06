package org.summitry.search.boundary;

/**
 * How the index of this instance stands.
 *
 * @param state STARTING, REBUILDING, FOLLOWING or FAILED
 * @param position the last journal row the index holds
 * @param latest the latest journal row in the database
 * @param rebuilt documents written by the rebuild in progress or the last one
 */
public record IndexStatus(String state, long position, long latest, long rebuilt, String problem) {

  public long lag() {
    return Math.max(0, latest - position);
  }

  public boolean caughtUp() {
    return "FOLLOWING".equals(state) && lag() == 0;
  }
}
