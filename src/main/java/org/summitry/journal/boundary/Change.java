package org.summitry.journal.boundary;

/** What happened to an entry, as the journal and the history pages name it. */
public enum Change {
  CREATED,
  UPDATED,
  PUBLISHED,
  UNPUBLISHED,
  TRASHED,
  RESTORED,
  REVERTED,
  PURGED,
  /** Another person was merged into this one: their links and names now belong to it. */
  MERGED,
  /** This person was merged into another and is gone; their address leads to the other. */
  MERGED_INTO,
  ACCOUNT
}
