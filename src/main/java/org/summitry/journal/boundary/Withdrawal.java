package org.summitry.journal.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An entry the public could once see and no longer can: unpublished, trashed or purged. What
 * visitors and harvesters are told of it comes from the change that took it out of view: its title
 * then and when that was.
 *
 * @param revisionId the journal row of that change
 * @param title the entry's title as that row recorded it
 * @param at when it was withdrawn
 */
public record Withdrawal(
    String entryType, Long entryId, Long revisionId, String title, OffsetDateTime at) {

  /** The changes that move an entry into or out of public view; the others do not. */
  static final Set<Change> MOVES =
      Set.of(
          Change.PUBLISHED,
          Change.UNPUBLISHED,
          Change.TRASHED,
          Change.RESTORED,
          Change.PURGED,
          Change.MERGED_INTO);

  /**
   * The latest withdrawal among an entry's moves, oldest first, if the entry was public once and is
   * not now. An entry made in the back office starts as a draft and becomes public by a PUBLISHED
   * row; one whose first PUBLISHED or UNPUBLISHED row is an UNPUBLISHED row was public from its
   * creation (seed content). An entry with neither is taken for a draft that never went public, so
   * a draft's title is never told: seed content trashed straight away is not known to have been
   * public, and stays unknown (404) rather than risk that.
   */
  public static Optional<Withdrawal> of(List<Revision> oldestFirst) {
    Change first =
        oldestFirst.stream()
            .map(Revision::change)
            .filter(c -> c == Change.PUBLISHED || c == Change.UNPUBLISHED)
            .findFirst()
            .orElse(null);
    if (first == null) {
      return Optional.empty();
    }
    boolean published = first == Change.UNPUBLISHED;
    boolean trashed = false;
    Revision withdrawn = null;
    for (Revision row : oldestFirst) {
      boolean before = published && !trashed;
      switch (row.change()) {
        case PUBLISHED -> published = true;
        case UNPUBLISHED -> published = false;
        case TRASHED, PURGED, MERGED_INTO -> trashed = true;
        case RESTORED -> trashed = false;
        default -> {}
      }
      if (before && !(published && !trashed)) {
        withdrawn = row;
      }
    }
    if (withdrawn == null || published && !trashed) {
      return Optional.empty();
    }
    return Optional.of(
        new Withdrawal(
            withdrawn.entryType(),
            withdrawn.entryId(),
            withdrawn.id(),
            withdrawn.label(),
            withdrawn.at()));
  }
}
