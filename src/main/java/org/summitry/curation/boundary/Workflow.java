package org.summitry.curation.boundary;

import jakarta.mvc.Models;
import org.summitry.journal.boundary.Change;
import org.summitry.platform.boundary.Messages;

/** What the editors share about the workflow's buttons. */
final class Workflow {

  private Workflow() {}

  /** The change a workflow button ("publish", "unpublish", "trash", "restore") asks for. */
  static Change change(String button) {
    return switch (button) {
      case "publish" -> Change.PUBLISHED;
      case "unpublish" -> Change.UNPUBLISHED;
      case "trash" -> Change.TRASHED;
      default -> Change.RESTORED;
    };
  }

  /** Where to go after a workflow button: the kind's trash after trashing, else the entry. */
  static String target(String base, long id, Change change, String button) {
    return change == Change.TRASHED ? trash(base, "trashed") : base + "/" + id + "?done=" + button;
  }

  /**
   * The one trash page showing only the kind at {@code base} ({@code admin/people}), with the
   * notice {@code done} when not null.
   */
  static String trash(String base, String done) {
    return "admin/trash?type="
        + base.substring(base.lastIndexOf('/') + 1)
        + (done == null || done.isBlank() ? "" : "&done=" + done);
  }

  /** The notice ({@code done.<key>}) after a save. */
  static String done(Change change) {
    return change == Change.CREATED ? "created" : change == Change.REVERTED ? "restored" : "saved";
  }

  /** The model of the page asking an admin to confirm a purge of a trashed entry. */
  static void putPurge(Models models, String title, String entry, String problem) {
    models.put("heading", Messages.get("purge.title", title));
    models.put("warning", Messages.get("purge.warning"));
    models.put("action", entry + "/purge");
    models.put("confirm", Messages.get("purge.confirm"));
    models.put("back", "/" + trash(entry.substring(0, entry.lastIndexOf('/')), null));
    models.put("cancel", Messages.get("purge.cancel"));
    models.put("problem", problem);
  }
}
