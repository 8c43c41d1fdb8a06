package org.summitry.journal.boundary;

import java.util.Map;
import org.summitry.kernel.EntryState;

/**
 * What the back office reads of any entry it edits, whatever its kind: where it stands in the
 * workflow and its fields as the journal records them (empty where a list's row does not read
 * them). Each facade's editing record adds the entry's own view.
 */
public interface EditedEntry {

  /** Published, in the trash, and the version a save must start from. */
  EntryState state();

  /** The entry's fields as its journal snapshot holds them, by name. */
  Map<String, String> fields();
}
