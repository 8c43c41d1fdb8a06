package org.summitry.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
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

  /** Looked up once: {@code Json.create…} looks it up through the class loader at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext EntityManager em;

  @Inject Event<Appended> appended;

  /** Appends a row; must run inside the transaction that makes the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Long record(
      String entryType,
      Long entryId,
      Change change,
      String actor,
      String label,
      Map<String, String> fields) {
    return record(entryType, entryId, change, actor, label, fields, null);
  }

  /**
   * Appends a row that also notes what the change did beyond the entry's fields (see {@link
   * Revision#note}); must run inside the transaction that makes the change.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Long record(
      String entryType,
      Long entryId,
      Change change,
      String actor,
      String label,
      Map<String, String> fields,
      Map<String, String> note) {
    JournalEntry entry =
        new JournalEntry(
            entryType,
            entryId,
            change.name(),
            actor == null || actor.isBlank() ? "system" : actor,
            OffsetDateTime.now(ZoneOffset.UTC),
            truncate(label == null ? "" : label, 500),
            fields == null ? null : toJson(fields),
            note == null || note.isEmpty() ? null : toJson(note));
    em.persist(entry);
    appended.fire(new Appended(entry.getId(), entryType, entryId));
    return entry.getId();
  }

  /** A row to append with others ({@link #recordAll}). */
  public record Row(
      String entryType,
      Long entryId,
      Change change,
      String actor,
      String label,
      Map<String, String> fields) {}

  /**
   * Appends several rows, in this order, their ids taken from the journal's sequence in one
   * statement rather than one each: like {@link #record} for each, inside the transaction that
   * makes the changes, which uses every id it takes (none is kept for later, see {@link
   * #changesSince}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<Long> ids = nextIds(rows.size());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      JournalEntry entry =
          new JournalEntry(
              row.entryType(),
              row.entryId(),
              row.change().name(),
              row.actor() == null || row.actor().isBlank() ? "system" : row.actor(),
              now,
              truncate(row.label() == null ? "" : row.label(), 500),
              row.fields() == null ? null : toJson(row.fields()));
      entry.assignId(ids.get(i));
      em.persist(entry);
      appended.fire(new Appended(entry.getId(), row.entryType(), row.entryId()));
    }
  }

  /** {@code count} values of {@code journal_seq}, in ascending order, in one statement. */
  private List<Long> nextIds(int count) {
    boolean postgres =
        em.unwrap(org.eclipse.persistence.sessions.Session.class)
            .getDatasourcePlatform()
            .isPostgreSQL();
    String sql =
        postgres
            ? "SELECT nextval('journal_seq') FROM generate_series(1, ?1)"
            : "SELECT NEXT VALUE FOR journal_seq FROM SYSTEM_RANGE(1, ?1)";
    List<?> values = em.createNativeQuery(sql).setParameter(1, count).getResultList();
    if (values.size() != count) {
      throw new IllegalStateException(
          "Asked journal_seq for " + count + " values, got " + values.size());
    }
    return values.stream().map(v -> ((Number) v).longValue()).sorted().toList();
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

  /**
   * Changes to entries of these types, newest first, before the row {@code beforeId} (null: from
   * the newest): the Atom feed reads the journal backwards in such batches.
   */
  public List<Revision> changesOf(Collection<String> types, Long beforeId, int max) {
    var query =
        em.createQuery(
            "SELECT j FROM JournalEntry j WHERE j.entryType IN :types"
                + (beforeId == null ? "" : " AND j.id < :before")
                + " ORDER BY j.id DESC",
            JournalEntry.class);
    query.setParameter("types", List.copyOf(types));
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query.setMaxResults(max).getResultStream().map(Journal::view).toList();
  }

  /**
   * The histories of these entries of one type together, newest first: the rows of all of them,
   * read in one statement per thousand entries.
   */
  public List<Revision> historiesOf(String entryType, Collection<Long> entryIds) {
    List<Long> ids = List.copyOf(entryIds);
    List<Revision> rows = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      em.createQuery(
              "SELECT j FROM JournalEntry j WHERE j.entryType = :type AND j.entryId IN :ids",
              JournalEntry.class)
          .setParameter("type", entryType)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .getResultStream()
          .map(Journal::view)
          .forEach(rows::add);
    }
    rows.sort(java.util.Comparator.comparing(Revision::id).reversed());
    return rows;
  }

  /** Which changes an entry went through, oldest first, without their snapshots. */
  public List<Change> changes(String entryType, Long entryId) {
    return em.createQuery(
            "SELECT j.action FROM JournalEntry j WHERE j.entryType = :type AND j.entryId = :id"
                + " ORDER BY j.id",
            String.class)
        .setParameter("type", entryType)
        .setParameter("id", entryId)
        .getResultStream()
        .map(Change::valueOf)
        .toList();
  }

  /**
   * Entries of these types by the time of their latest change, oldest first (ties by type and id),
   * whose latest change falls in [{@code from}, {@code before}) and comes after {@code after}:
   * OAI-PMH harvests in such pages and resumes after the last stamp it handed out.
   *
   * @param from inclusive, or null for no lower bound
   * @param before exclusive, or null for no upper bound
   * @param after the last stamp already seen, or null to start at the beginning
   */
  public List<Stamp> latestChanges(
      Collection<String> types, OffsetDateTime from, OffsetDateTime before, Stamp after, int max) {
    StringBuilder having = new StringBuilder();
    if (from != null) {
      having.append(" AND MAX(j.at) >= :from");
    }
    if (before != null) {
      having.append(" AND MAX(j.at) < :before");
    }
    if (after != null) {
      having.append(
          " AND (MAX(j.at) > :afterAt OR (MAX(j.at) = :afterAt AND (j.entryType > :afterType"
              + " OR (j.entryType = :afterType AND j.entryId > :afterId))))");
    }
    var query =
        em.createQuery(
            "SELECT j.entryType, j.entryId, MAX(j.at) FROM JournalEntry j WHERE j.entryType IN"
                + " :types GROUP BY j.entryType, j.entryId"
                + (having.length() == 0 ? "" : " HAVING" + having.substring(4))
                + " ORDER BY MAX(j.at), j.entryType, j.entryId",
            Object[].class);
    query.setParameter("types", List.copyOf(types));
    if (from != null) {
      query.setParameter("from", from);
    }
    if (before != null) {
      query.setParameter("before", before);
    }
    if (after != null) {
      query.setParameter("afterAt", after.at());
      query.setParameter("afterType", after.entryType());
      query.setParameter("afterId", after.entryId());
    }
    return query.setMaxResults(max).getResultStream().map(Journal::stamp).toList();
  }

  /** When each of these entries last changed; entries without a journal row are absent. */
  public Map<Long, OffsetDateTime> latestChanges(String entryType, Collection<Long> entryIds) {
    Map<Long, OffsetDateTime> latest = new HashMap<>();
    if (entryIds.isEmpty()) {
      return latest;
    }
    em.createQuery(
            "SELECT j.entryType, j.entryId, MAX(j.at) FROM JournalEntry j WHERE j.entryType ="
                + " :type AND j.entryId IN :ids GROUP BY j.entryType, j.entryId",
            Object[].class)
        .setParameter("type", entryType)
        .setParameter("ids", List.copyOf(entryIds))
        .getResultStream()
        .map(Journal::stamp)
        .forEach(stamp -> latest.put(stamp.entryId(), stamp.at()));
    return latest;
  }

  /**
   * Which of these entries were public once and are not now (see {@link Withdrawal#of}), read from
   * their moves in and out of view only, through the index on (entry_type, entry_id, id).
   */
  public Map<Long, Withdrawal> withdrawals(String entryType, Collection<Long> entryIds) {
    Map<Long, List<Revision>> moves = new LinkedHashMap<>();
    if (entryIds.isEmpty()) {
      return Map.of();
    }
    em.createQuery(
            "SELECT j.id, j.entryId, j.action, j.at, j.label FROM JournalEntry j"
                + " WHERE j.entryType = :type AND j.entryId IN :ids AND j.action IN :moves"
                + " ORDER BY j.entryId, j.id",
            Object[].class)
        .setParameter("type", entryType)
        .setParameter("ids", List.copyOf(entryIds))
        .setParameter("moves", Withdrawal.MOVES.stream().map(Change::name).toList())
        .getResultStream()
        .forEach(
            row -> {
              Long entryId = ((Number) row[1]).longValue();
              moves
                  .computeIfAbsent(entryId, k -> new java.util.ArrayList<>())
                  .add(
                      new Revision(
                          ((Number) row[0]).longValue(),
                          entryType,
                          entryId,
                          Change.valueOf((String) row[2]),
                          null,
                          time(row[3]),
                          (String) row[4],
                          Map.of()));
            });
    Map<Long, Withdrawal> withdrawn = new HashMap<>();
    moves.forEach((id, rows) -> Withdrawal.of(rows).ifPresent(w -> withdrawn.put(id, w)));
    return withdrawn;
  }

  /** The withdrawal of one entry, if it was public once and is not now. */
  public Optional<Withdrawal> withdrawal(String entryType, Long entryId) {
    return Optional.ofNullable(withdrawals(entryType, List.of(entryId)).get(entryId));
  }

  /** The time of the first change of all, if anything was ever recorded. */
  public Optional<OffsetDateTime> earliestChange() {
    return Optional.ofNullable(
            em.createQuery("SELECT MIN(j.at) FROM JournalEntry j").getSingleResult())
        .map(Journal::time);
  }

  private static Stamp stamp(Object[] row) {
    return new Stamp((String) row[0], ((Number) row[1]).longValue(), time(row[2]));
  }

  /** An aggregate's time, which drivers hand back as a timestamp or a java.time value. */
  private static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Not a time: " + value.getClass());
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
        entry.getSnapshot() == null ? Map.of() : fromJson(entry.getSnapshot()),
        entry.getNote() == null ? Map.of() : fromJson(entry.getNote()));
  }

  static String toJson(Map<String, String> fields) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    fields.forEach(
        (name, value) ->
            object.add(name, value == null ? JsonValue.NULL : JSON.createValue(value)));
    return object.build().toString();
  }

  static Map<String, String> fromJson(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
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
