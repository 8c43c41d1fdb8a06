package org.summitry.curation.boundary;

import jakarta.mvc.Models;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitry.curation.boundary.Referents.Value;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EntryType;

/** Field-by-field comparisons of an entry's revisions, and of an edit with a newer save. */
final class Revisions {

  private Revisions() {}

  /**
   * One row of a comparison: the field, its two values as lines to show (none for an empty value),
   * and whether they differ.
   */
  record FieldChange(
      String field, String label, List<Value> before, List<Value> after, boolean changed) {}

  static Revision of(Journal journal, EntryType type, long entryId, long revisionId) {
    return of(journal, type.name(), entryId, revisionId);
  }

  static Revision of(Journal journal, String type, long entryId, long revisionId) {
    return journal
        .revision(revisionId)
        .filter(r -> r.entryType().equals(type) && r.entryId() == entryId && !r.fields().isEmpty())
        .orElseThrow(NotFoundException::new);
  }

  /**
   * The rows comparing two snapshots: a field is changed when its values differ in meaning (read as
   * {@code kinds} says; a field without a kind is text), not in how they were typed or stored.
   */
  static List<FieldChange> compare(
      Map<String, String> before,
      Map<String, String> after,
      Map<String, String> labels,
      Map<String, FieldKind> kinds,
      Referents referents) {
    Set<String> fields = new LinkedHashSet<>(labels.keySet());
    fields.addAll(before.keySet());
    fields.addAll(after.keySet());
    List<FieldChange> rows = new ArrayList<>();
    for (String field : fields) {
      FieldKind kind = kinds.getOrDefault(field, FieldKind.TEXT);
      String a = before.get(field);
      String b = after.get(field);
      rows.add(
          new FieldChange(
              field,
              labels.getOrDefault(field, field),
              referents.show(kind, a),
              referents.show(kind, b),
              !kind.same(a, b) && !referents.sameEntries(kind, a, b)));
    }
    return rows;
  }

  /**
   * Puts an entry's history, newest first, with the labels of the fields each revision changed
   * since the one before it (none for the first, or for a change of state alone): what a curator
   * scans for, compared as the compare page does, the names looked up once for all revisions.
   */
  static void putHistory(
      Models models,
      List<Revision> revisions,
      EntryNames names,
      Map<String, String> labels,
      Map<String, FieldKind> kinds) {
    List<Revision> withFields = revisions.stream().filter(r -> !r.fields().isEmpty()).toList();
    Referents referents = names.of(kinds, withFields.stream().map(Revision::fields).toList());
    Map<Long, List<String>> changed = changedFields(withFields, labels, kinds, referents);
    models.put("revisions", revisions);
    models.put("changedFields", changed);
  }

  /** For each revision with fields, newest first, the labels of those it changed. */
  static Map<Long, List<String>> changedFields(
      List<Revision> withFields,
      Map<String, String> labels,
      Map<String, FieldKind> kinds,
      Referents referents) {
    Map<Long, List<String>> changed = new HashMap<>();
    for (int i = 0; i + 1 < withFields.size(); i++) {
      changed.put(
          withFields.get(i).id(),
          compare(
                  withFields.get(i + 1).fields(),
                  withFields.get(i).fields(),
                  labels,
                  kinds,
                  referents)
              .stream()
              .filter(FieldChange::changed)
              .map(FieldChange::label)
              .toList());
    }
    return changed;
  }

  /** Puts two revisions and their comparison into the model; defaults to the last two. */
  static void putDiff(
      Models models,
      Journal journal,
      EntryNames names,
      EntryType type,
      long id,
      String from,
      String to,
      Map<String, String> labels,
      Map<String, FieldKind> kinds) {
    putDiff(models, journal, names, type.name(), id, from, to, labels, kinds);
  }

  static void putDiff(
      Models models,
      Journal journal,
      EntryNames names,
      String type,
      long id,
      String from,
      String to,
      Map<String, String> labels,
      Map<String, FieldKind> kinds) {
    List<Revision> history =
        journal.history(type, id).stream().filter(r -> !r.fields().isEmpty()).toList();
    if (history.isEmpty()) {
      throw new NotFoundException();
    }
    Revision newer = pick(journal, type, id, to, history.get(0));
    Revision older =
        pick(journal, type, id, from, history.size() > 1 ? history.get(1) : history.get(0));
    models.put("older", older);
    models.put("newer", newer);
    Referents referents = names.of(kinds, List.of(older.fields(), newer.fields()));
    models.put("rows", compare(older.fields(), newer.fields(), labels, kinds, referents));
  }

  private static Revision pick(
      Journal journal, String type, long id, String revision, Revision fallback) {
    if (revision == null || !revision.matches("\\d{1,18}")) {
      return fallback;
    }
    return of(journal, type, id, Long.parseLong(revision));
  }

  /** Puts what the editor sent beside what is saved now, for the conflict page. */
  static void putConflict(
      Models models,
      Map<String, String> mine,
      Map<String, String> saved,
      Map<String, String> labels,
      Map<String, FieldKind> kinds,
      EntryNames names,
      Journal journal,
      EntryType type,
      long id) {
    putConflict(models, mine, saved, labels, kinds, names, journal, type.name(), id);
  }

  static void putConflict(
      Models models,
      Map<String, String> mine,
      Map<String, String> saved,
      Map<String, String> labels,
      Map<String, FieldKind> kinds,
      EntryNames names,
      Journal journal,
      String type,
      long id) {
    Referents referents = names.of(kinds, List.of(saved, mine));
    models.put("conflictRows", compare(saved, mine, labels, kinds, referents));
    models.put("lastChange", journal.history(type, id).stream().findFirst().orElse(null));
  }
}
