package org.summitry.journal.boundary;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitry.kernel.EntryType;

/**
 * Old addresses of entries whose slug changed, so links and bookmarks keep working: the public page
 * for an old slug answers 301 with the new address.
 */
public final class SlugRedirects {

  private SlugRedirects() {}

  /**
   * Remembers that {@code oldSlug} now means the entry {@code entryId}; replaces an older claim.
   */
  public static void remember(EntityManager em, EntryType type, String oldSlug, Long entryId) {
    em.createNativeQuery("DELETE FROM slug_redirect WHERE entry_type = ?1 AND old_slug = ?2")
        .setParameter(1, type.name())
        .setParameter(2, oldSlug)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO slug_redirect (entry_type, old_slug, entry_id) VALUES (?1, ?2, ?3)")
        .setParameter(1, type.name())
        .setParameter(2, oldSlug)
        .setParameter(3, entryId)
        .executeUpdate();
  }

  /** A slug in use again by an entry of its own no longer redirects. */
  public static void forget(EntityManager em, EntryType type, String slug) {
    em.createNativeQuery("DELETE FROM slug_redirect WHERE entry_type = ?1 AND old_slug = ?2")
        .setParameter(1, type.name())
        .setParameter(2, slug)
        .executeUpdate();
  }

  /** The entries these old slugs now mean, in one query; slugs that mean none are absent. */
  public static Map<String, Long> targets(
      EntityManager em, EntryType type, Collection<String> oldSlugs) {
    Map<String, Long> targets = new HashMap<>();
    if (oldSlugs.isEmpty()) {
      return targets;
    }
    List<String> slugs = List.copyOf(oldSlugs);
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < slugs.size(); i++) {
      marks.append(i == 0 ? "" : ", ").append('?').append(i + 2);
    }
    var query =
        em.createNativeQuery(
                "SELECT old_slug, entry_id FROM slug_redirect WHERE entry_type = ?1 AND old_slug IN ("
                    + marks
                    + ")")
            .setParameter(1, type.name());
    for (int i = 0; i < slugs.size(); i++) {
      query.setParameter(i + 2, slugs.get(i));
    }
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      targets.put((String) columns[0], ((Number) columns[1]).longValue());
    }
    return targets;
  }

  public static Optional<Long> target(EntityManager em, EntryType type, String oldSlug) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT entry_id FROM slug_redirect WHERE entry_type = ?1 AND old_slug = ?2")
            .setParameter(1, type.name())
            .setParameter(2, oldSlug)
            .getResultList();
    return ids.stream().findFirst().map(id -> ((Number) id).longValue());
  }
}
