package org.summitry.journal.boundary;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of the journal as pages show it: the change, who made it and when, and the entry's fields
 * right after it ({@code fields} keeps the entry's own field order).
 */
public record Revision(
    Long id,
    String entryType,
    Long entryId,
    Change change,
    String actor,
    OffsetDateTime at,
    String label,
    Map<String, String> fields) {}
