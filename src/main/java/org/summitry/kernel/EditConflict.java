package org.summitry.kernel;

/**
 * Someone else saved the entry since it was opened for editing. Nothing was written; the editor
 * shows both versions side by side and lets the person decide.
 */
public class EditConflict extends RuntimeException {

  private final long currentVersion;

  public EditConflict(long currentVersion) {
    super("The entry was changed by someone else (now at version " + currentVersion + ").");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
