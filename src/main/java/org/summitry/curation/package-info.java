/**
 * The back office where curators keep the archive: forms for every kind of entry, drafts and
 * publishing, revision history with field-by-field comparison and one-click restore, edit conflicts
 * shown side by side, the trash and the audit log. It changes entries only through the other
 * components' boundaries, which journal every change.
 */
package org.summitry.curation;
