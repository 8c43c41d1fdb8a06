package org.summitry.journal.boundary;

import java.util.List;
import org.summitry.kernel.AdminQuery;

/**
 * What every facade of a journaled kind of entry answers alike, read from its {@link
 * EntryLifecycle}: the back office's ids for bulk work, the trash, the drafts. A facade extends it
 * and keeps only its own queries and writes.
 *
 * @param <E> the kind's entity
 */
public abstract class JournaledEntries<E extends Entry> {

  /** The kind's lifecycle, over this request's entity manager. */
  protected abstract EntryLifecycle<E> lifecycle();

  /** The ids of the entries the back office's list shows for {@code query}, every page of it. */
  public List<Long> adminIds(AdminQuery query) {
    return lifecycle().adminIds(query);
  }

  /** The ids of every entry of the kind in the trash. */
  public List<Long> trashIds() {
    return lifecycle().trashIds();
  }

  /** Entries of the kind in the trash, most recently trashed first. */
  public List<TrashedEntry> trashed(int first, int max) {
    return lifecycle().trashed(first, max);
  }

  /** How many entries of the kind are in the trash. */
  public long countTrashed() {
    return lifecycle().countTrashed();
  }

  /** How many entries of the kind are drafts (not published, not in the trash). */
  public long countDrafts() {
    return lifecycle().countDrafts();
  }
}
