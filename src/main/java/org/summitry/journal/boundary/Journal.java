package org.summitry.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitry.journal.entity.JournalEntry;
import org.summitry.kernel.Page;

/**
 * The append-only change log, the spine of the archive: revision history, restore, the trash and
 * the audit log all read it. Components append in the transaction of the change itself ({@link
 * Transactional.TxType#MANDATORY}), so a change and its journal row commit or fail together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Journal {

  @PersistenceContext EntityManager em;

  /** Appends a row; must run inside the transaction that makes the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Long record(
      String entryType,
      Long entryId,
      Change change,
      String actor,
      String label,
      Map<String, String> fields) {
    JournalEntry entry =
        new JournalEntry(
            entryType,
            entryId,
            change.name(),
            actor == null || actor.isBlank() ? "system" : actor,
            OffsetDateTime.now(ZoneOffset.UTC),
            truncate(label == null ? "" : label, 500),
            fields == null ? null : toJson(fields));
    em.persist(entry);
    return entry.getId();
  }

  /** The history of one entry, newest first. */
  public List<Revision> history(String entryType, Long entryId) {
    return em.createNamedQuery(JournalEntry.OF_ENTRY, JournalEntry.class)
        .setParameter("type", entryType)
        .setParameter("id", entryId)
        .getResultStream()
        .map(Journal::view)
        .toList();
  }

  public Optional<Revision> revision(Long id) {
    return Optional.ofNullable(em.find(JournalEntry.class, id)).map(Journal::view);
  }

  /** Every change, newest first: the audit log and the dashboard's recent changes. */
  public Page<Revision> recent(int page, int size) {
    long total = em.createNamedQuery(JournalEntry.COUNT, Long.class).getSingleResult();
    int number = Page.clamp(page, size, total);
    List<Revision> items =
        em.createNamedQuery(JournalEntry.RECENT, JournalEntry.class)
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Journal::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  /** The id of the latest journal row, 0 when the journal is empty. */
  public long latestId() {
    Long max = em.createQuery("SELECT MAX(j.id) FROM JournalEntry j", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  /**
   * Which entries changed, in journal order: the rows after {@code position}, and also the rows at
   * or before it written since {@code recentSince}. Ids come from a sequence, so a transaction that
   * commits late can leave a row behind a later id; readers who re-read that recent window miss
   * nothing.
   */
  public List<Mention> changesSince(long position, OffsetDateTime recentSince, int limit) {
    List<Mention> late =
        em.createQuery(
                "SELECT NEW org.summitry.journal.boundary.Mention(j.id, j.entryType, j.entryId)"
                    + " FROM JournalEntry j WHERE j.at >= :since AND j.id <= :position"
                    + " ORDER BY j.id",
                Mention.class)
            .setParameter("since", recentSince)
            .setParameter("position", position)
            .setMaxResults(limit)
            .getResultList();
    List<Mention> next =
        em.createQuery(
                "SELECT NEW org.summitry.journal.boundary.Mention(j.id, j.entryType, j.entryId)"
                    + " FROM JournalEntry j WHERE j.id > :position ORDER BY j.id",
                Mention.class)
            .setParameter("position", position)
            .setMaxResults(limit)
            .getResultList();
    if (late.isEmpty()) {
      return next;
    }
    List<Mention> all = new java.util.ArrayList<>(late);
    all.addAll(next);
    return all;
  }

  private static Revision view(JournalEntry entry) {
    return new Revision(
        entry.getId(),
        entry.getEntryType(),
        entry.getEntryId(),
        Change.valueOf(entry.getAction()),
        entry.getActor(),
        entry.getAt(),
        entry.getLabel(),
        entry.getSnapshot() == null ? Map.of() : fromJson(entry.getSnapshot()));
  }

  static String toJson(Map<String, String> fields) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    fields.forEach(
        (name, value) ->
            object.add(name, value == null ? JsonValue.NULL : Json.createValue(value)));
    return object.build().toString();
  }

  static Map<String, String> fromJson(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, String> fields = new LinkedHashMap<>();
      object.forEach(
          (name, value) ->
              fields.put(
                  name,
                  value.getValueType() == JsonValue.ValueType.STRING
                      ? ((JsonString) value).getString()
                      : null));
      return fields;
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
