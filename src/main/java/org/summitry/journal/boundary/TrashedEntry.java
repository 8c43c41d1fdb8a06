package org.summitry.journal.boundary;

import java.time.OffsetDateTime;
import org.summitry.kernel.EntryType;

/**
 * An entry in the trash, whatever its kind, as the back office's one trash page lists it: which
 * entry, what the journal calls it, and when it was moved there.
 */
public record TrashedEntry(EntryType type, Long id, String title, OffsetDateTime deletedAt) {}
