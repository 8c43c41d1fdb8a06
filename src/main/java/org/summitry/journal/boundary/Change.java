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
  ACCOUNT
}
