package org.summitry.kernel;

import java.time.OffsetDateTime;

/**
 * Where an entry stands in the workflow: its version for optimistic locking, draft or published,
 * trashed.
 */
public record EntryState(
    Long id, long version, boolean published, OffsetDateTime deletedAt, OffsetDateTime updatedAt) {

  public boolean trashed() {
    return deletedAt != null;
  }
}
