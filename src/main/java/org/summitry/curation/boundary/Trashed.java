package org.summitry.curation.boundary;

import java.time.OffsetDateTime;

/** One row of a kind's trash page: which entry, what it is called, when it was trashed. */
record Trashed(Long id, String title, OffsetDateTime deletedAt) {}
