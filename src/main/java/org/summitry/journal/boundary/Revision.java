package org.summitry.journal.boundary;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of the journal as pages show it: the change, who made it and when, the entry's fields
 * right after it ({@code fields} keeps the entry's own field order), and what else the change did
 * ({@code note}: empty for most changes; a merge names the other person and the links moved).
 */
public record Revision(
    Long id,
    String entryType,
    Long entryId,
    Change change,
    String actor,
    OffsetDateTime at,
    String label,
    Map<String, String> fields,
    Map<String, String> note) {

  public Revision(
      Long id,
      String entryType,
      Long entryId,
      Change change,
      String actor,
      OffsetDateTime at,
      String label,
      Map<String, String> fields) {
    this(id, entryType, entryId, change, actor, at, label, fields, Map.of());
  }
}
