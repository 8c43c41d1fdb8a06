package org.summitry.journal.boundary;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * {@link AddressedEntries} saved whole from one draft (a form's, an import's or the seed
 * content's): the save and the seed's "record unless it exists" are written once here, and a facade
 * says only how an entry is made and filled from its draft and what hangs on its id (citations,
 * claims, translations).
 *
 * @param <E> the kind's entity
 * @param <R> what the back office reads of one entry
 * @param <D> the kind's draft
 */
public abstract class DraftedEntries<E extends Entry, R extends EditedEntry, D extends Draft>
    extends AddressedEntries<E, R> {

  /** A new entry at {@code slug}, before its fields are filled. */
  protected abstract E created(String slug, D draft);

  /** Sets an entry's own fields from a draft. */
  protected abstract void fill(E entry, D draft);

  /** Writes what hangs on a saved entry's id from its draft, in the save's transaction. */
  protected abstract void attach(Long id, D draft);

  /**
   * Creates ({@code id} null, as a draft) or changes an entry and journals the change in the same
   * transaction.
   *
   * @param expectedVersion the version the editor started from; another is an {@link
   *     org.summitry.kernel.EditConflict}
   * @throws org.summitry.kernel.InvalidField when the address is taken, or a field names what is
   *     not there
   */
  @Transactional
  public Long save(Long id, Long expectedVersion, @Valid D draft, String actor, Change change) {
    return lifecycle()
        .save(
            id,
            expectedVersion,
            draft.slug(),
            draft.title(),
            slug -> created(slug, draft),
            entry -> fill(entry, draft),
            saved -> attach(saved, draft),
            change,
            actor);
  }

  /** Records an entry unless one has the draft's address; returns its id either way. */
  @Transactional
  public Long ensure(@Valid D draft) {
    return lifecycle()
        .ensure(
            draft.slug(),
            draft.title(),
            slug -> created(slug, draft),
            entry -> fill(entry, draft),
            saved -> attach(saved, draft));
  }
}
