package org.summitry.journal.boundary;

import java.time.OffsetDateTime;

/** One entry and the time of its latest change, as harvesters and sitemaps date entries. */
public record Stamp(String entryType, Long entryId, OffsetDateTime at) {}
