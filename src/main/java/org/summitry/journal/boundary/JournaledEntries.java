package org.summitry.journal.boundary;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.Page;

/**
 * What every facade of a journaled kind of entry answers alike, read from its {@link
 * EntryLifecycle}: an entry as the back office edits it, the back office's list and its ids for
 * bulk work, publishing, the trash and purging, the drafts. A facade extends it and keeps only its
 * own queries and writes: how an entry is saved, what purging it takes with it ({@link #purging}),
 * what its form and its row show ({@link #edited}, {@link #listed}).
 *
 * @param <E> the kind's entity
 * @param <R> what the back office reads of one entry (its view, workflow state and fields)
 */
public abstract class JournaledEntries<E extends Entry, R extends EditedEntry> {

  /** The kind's lifecycle, over this request's entity manager. */
  protected abstract EntryLifecycle<E> lifecycle();

  /** An entry as its form shows it, with its fields as the journal records them. */
  protected abstract R edited(E entry);

  /** An entry as a row of the back office's list shows it (its journal fields not read). */
  protected abstract R listed(E entry);

  /** An entry as the back office edits it: drafts and trashed entries included. */
  public Optional<R> forEditing(Long id) {
    return lifecycle().forEditing(id, this::edited);
  }

  /** The back office's list: drafts and published entries (not the trash), searched and sorted. */
  public Page<R> adminList(AdminQuery query) {
    return lifecycle().adminList(query, this::listed);
  }

  /** Publishes, unpublishes, trashes or restores an entry, and journals it. */
  @Transactional
  public void change(Long id, Change change, String actor) {
    lifecycle().change(id, change, actor);
  }

  /**
   * Deletes a trashed entry for good, with what {@link #purging} takes with it, in one transaction;
   * its journal rows stay as the record of what it was.
   *
   * @throws IllegalArgumentException when the entry is not in the trash
   */
  @Transactional
  public void purge(Long id, String actor) {
    lifecycle().purge(id, actor, this::purging);
  }

  /**
   * What purging an entry does first, in the same transaction: lets go of what refers to it, or
   * refuses (by throwing) while others still need it. Nothing, unless a facade says otherwise.
   */
  protected void purging(E entry) {}

  /** The most recently changed drafts, as rows of the back office's list, for the dashboard. */
  public List<R> drafts(int howMany) {
    return lifecycle().drafts(howMany, this::listed);
  }

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
