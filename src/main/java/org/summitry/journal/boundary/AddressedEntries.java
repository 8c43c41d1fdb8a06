package org.summitry.journal.boundary;

import java.util.Map;
import java.util.Optional;

/**
 * {@link JournaledEntries} of a kind with public addresses (slugs): the addresses for sitemaps, and
 * what an old or withdrawn address answers.
 *
 * @param <E> the kind's entity
 * @param <R> what the back office reads of one entry
 */
public abstract class AddressedEntries<E extends Entry, R extends EditedEntry>
    extends JournaledEntries<E, R> {

  /**
   * The addresses of public entries, by id, from {@code first}, at most {@code max}, in the order
   * of their ids.
   */
  public Map<Long, String> publicSlugs(int first, int max) {
    return lifecycle().publicSlugs(first, max);
  }

  /** The id of the entry at this address in any state (a withdrawn one's too), if there is one. */
  public Optional<Long> idOfAny(String slug) {
    return lifecycle().idOfAny(slug);
  }

  /** The current address of the public entry an old address named, if any. */
  public Optional<String> redirect(String oldSlug) {
    return lifecycle().redirect(oldSlug);
  }
}
