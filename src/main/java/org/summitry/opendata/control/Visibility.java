package org.summitry.opendata.control;

import java.util.ArrayList;
import java.util.List;
import org.summitry.journal.boundary.Change;

/**
 * Which of an entry's changes the public could see when they were made, so the feed announces no
 * edit of a draft. An entry that was ever published was created as a draft; one that never was
 * (seed content) was created public. Publishing, unpublishing, trashing and restoring move it in
 * and out of view; a change counts when the entry was public right after it.
 */
public final class Visibility {

  private Visibility() {}

  /** For each change, oldest first, whether it was public: same length and order as given. */
  public static List<Boolean> ofChanges(List<Change> oldestFirst) {
    boolean published = !oldestFirst.contains(Change.PUBLISHED);
    boolean trashed = false;
    List<Boolean> visible = new ArrayList<>(oldestFirst.size());
    for (Change change : oldestFirst) {
      switch (change) {
        case PUBLISHED -> published = true;
        case UNPUBLISHED -> published = false;
        case TRASHED, PURGED, MERGED_INTO -> trashed = true;
        case RESTORED -> trashed = false;
        default -> {}
      }
      visible.add(published && !trashed && announced(change));
    }
    return visible;
  }

  /** Changes that add to or change what visitors read; moves out of view are not news. */
  public static boolean announced(Change change) {
    return switch (change) {
      case CREATED, UPDATED, PUBLISHED, RESTORED, REVERTED -> true;
      default -> false;
    };
  }
}
