package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.Map;

/**
 * A form that edits a journaled entry: the version of the entry it was drawn from (a save from an
 * older one is a conflict) and its values under the names of the journal's snapshot, so that a
 * conflict can set what was sent beside what is saved.
 */
public abstract class EditedForm {

  @FormParam("version")
  public String version;

  /** The values as typed, named as the journal's snapshot names the entry's fields. */
  public abstract Map<String, String> fields();
}
