/**
 * The back office where curators keep the archive: forms for every kind of entry, drafts and
 * publishing, revision history with field-by-field comparison and one-click restore, edit conflicts
 * shown side by side, the trash and the audit log. It changes entries only through the other
 * components' boundaries, which journal every change. What the editors of every kind do alike
 * (404s, edit rights, workflow buttons, history, compare, the kind's trash, purge, conflicts) is in
 * {@code EntryDesk}; an editor keeps its paths, its form and the draft it makes of it.
 */
package org.summitry.curation;
