package org.summitry.summits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.DateSpec;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.Edtf;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Named;
import org.summitry.kernel.Page;
import org.summitry.kernel.SlugRedirects;
import org.summitry.kernel.Slugs;
import org.summitry.kernel.YearTally;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.entity.Summit;

/** Summits: the meetings of leaders, when and where they took place and who attended. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Summits {

  /** Orders of the summit list. */
  public enum Order {
    NEWEST_FIRST,
    OLDEST_FIRST
  }

  @PersistenceContext EntityManager em;

  @Inject People people;

  @Inject Journal journal;

  @Inject Sources sources;

  /** A published summit by its address. */
  public Optional<SummitView> summit(String slug) {
    return em.createNamedQuery(Summit.BY_SLUG, Summit.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Summit::isPublic)
        .findFirst()
        .map(Summits::view);
  }

  public Page<SummitView> summits(int page, int size, Order order) {
    return summits(null, page, size, order);
  }

  /** Published summits, those hosted by one country when {@code countryId} is given. */
  public Page<SummitView> summits(Long countryId, int page, int size, Order order) {
    String where =
        " WHERE s.published = TRUE AND s.deletedAt IS NULL"
            + (countryId == null ? "" : " AND s.countryId = :countryId");
    TypedQuery<Long> counting = em.createQuery("SELECT COUNT(s) FROM Summit s" + where, Long.class);
    if (countryId != null) {
      counting.setParameter("countryId", countryId);
    }
    long total = counting.getSingleResult();
    int number = Page.clamp(page, size, total);
    String direction = order == Order.OLDEST_FIRST ? "ASC" : "DESC";
    TypedQuery<Summit> query =
        em.createQuery(
            "SELECT s FROM Summit s"
                + where
                + " ORDER BY s.dates.earliest "
                + direction
                + ", s.id "
                + direction,
            Summit.class);
    if (countryId != null) {
      query.setParameter("countryId", countryId);
    }
    List<SummitView> items =
        query
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Summits::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  public List<SummitView> latest(int howMany) {
    return em.createNamedQuery(Summit.PUBLISHED_NEWEST_FIRST, Summit.class)
        .setMaxResults(howMany)
        .getResultStream()
        .map(Summits::view)
        .toList();
  }

  public long count() {
    return em.createNamedQuery(Summit.COUNT_PUBLISHED, Long.class).getSingleResult();
  }

  /**
   * The addresses of public summits, by id, from {@code first}, at most {@code max}, in the order
   * of their ids: sitemaps list every entry in such slices.
   */
  public Map<Long, String> publicSlugs(int first, int max) {
    Map<Long, String> slugs = new LinkedHashMap<>();
    em.createQuery(
            "SELECT x.id, x.slug FROM Summit x WHERE x.published = TRUE AND x.deletedAt IS NULL"
                + " ORDER BY x.id",
            Object[].class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .forEach(row -> slugs.put((Long) row[0], (String) row[1]));
    return slugs;
  }

  /** Published summits per year, counted by the database in one GROUP BY. */
  public YearTally yearTally() {
    return YearTally.of(
        em.createQuery(
                "SELECT EXTRACT(YEAR FROM s.dates.earliest), EXTRACT(YEAR FROM s.dates.latest),"
                    + " COUNT(s) FROM Summit s WHERE s.published = TRUE AND s.deletedAt IS NULL"
                    + " GROUP BY EXTRACT(YEAR FROM s.dates.earliest),"
                    + " EXTRACT(YEAR FROM s.dates.latest)",
                Object[].class)
            .getResultStream()
            .map(
                row ->
                    new YearTally.Span(year(row[0]), year(row[1]), ((Number) row[2]).longValue()))
            .toList());
  }

  private static Integer year(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  /**
   * Published summits whose dates overlap {@code year}, as {@link #yearTally()} counts them,
   * earliest first; participants are read in one batch for the whole page.
   */
  public Page<SummitView> inYear(int year, int page, int size) {
    String where =
        " WHERE s.published = TRUE AND s.deletedAt IS NULL"
            + " AND s.dates.earliest <= :yearEnd AND s.dates.latest >= :yearStart";
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    long total =
        em.createQuery("SELECT COUNT(s) FROM Summit s" + where, Long.class)
            .setParameter("yearStart", start)
            .setParameter("yearEnd", end)
            .getSingleResult();
    int number = Page.clamp(page, size, total);
    List<SummitView> items =
        em.createQuery(
                "SELECT s FROM Summit s" + where + " ORDER BY s.dates.earliest, s.id", Summit.class)
            .setParameter("yearStart", start)
            .setParameter("yearEnd", end)
            .setHint(QueryHints.BATCH, "s.participants")
            .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Summits::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  public Map<Long, SummitView> summitsByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createNamedQuery(Summit.BY_IDS, Summit.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .filter(Summit::isPublic)
        .map(Summits::view)
        .collect(Collectors.toMap(SummitView::id, Function.identity()));
  }

  /** Published summits with ids above {@code afterId}, in id order, for the search index. */
  public List<SummitView> publishedAfter(long afterId, int limit) {
    return em.createQuery(
            "SELECT s FROM Summit s WHERE s.id > :after AND s.published = TRUE"
                + " AND s.deletedAt IS NULL ORDER BY s.id",
            Summit.class)
        .setParameter("after", afterId)
        .setHint("eclipselink.read-only", "true")
        .setHint("eclipselink.batch", "s.participants")
        .setHint("eclipselink.batch.type", "IN")
        .setMaxResults(limit)
        .getResultStream()
        .map(Summits::view)
        .toList();
  }

  /** Ids of summits (in any state) that show this person's or country's name. */
  public List<Long> idsNaming(String entryType, Long id) {
    String query =
        switch (entryType) {
          case "PERSON" ->
              "SELECT DISTINCT s.id FROM Summit s JOIN s.participants p"
                  + " WHERE p.personId = :id";
          case "COUNTRY" -> "SELECT s.id FROM Summit s WHERE s.countryId = :id";
          default -> null;
        };
    return query == null
        ? List.of()
        : em.createQuery(query, Long.class).setParameter("id", id).getResultList();
  }

  public List<SummitView> attendedBy(Long personId) {
    return em.createNamedQuery(Summit.WITH_PARTICIPANT, Summit.class)
        .setParameter("personId", personId)
        .getResultStream()
        .map(Summits::view)
        .toList();
  }

  /** A summit as the back office edits it: drafts and trashed summits included. */
  public Optional<SummitEdit> forEditing(Long id) {
    return Optional.ofNullable(em.find(Summit.class, id))
        .map(s -> new SummitEdit(view(s), EntryState.of(s), snapshot(s)));
  }

  /** A summit with its workflow state and its fields as the journal records them. */
  public record SummitEdit(SummitView summit, EntryState state, Map<String, String> fields) {}

  /**
   * Creates ({@code id} null, as a draft) or changes a summit and journals the change in the same
   * transaction.
   *
   * @param expectedVersion the version the editor started from; another is an {@link EditConflict}
   * @throws InvalidField when the address is taken by another summit
   */
  @Transactional
  public Long save(
      Long id, Long expectedVersion, @Valid SummitDraft draft, String actor, Change change) {
    Summit summit;
    if (id == null) {
      String slug =
          uniqueSlug(
              draft.slug() == null || draft.slug().isBlank()
                  ? Slugs.fromTitle(draft.title())
                  : draft.slug(),
              null);
      summit = new Summit(slug, draft.title());
      summit.setPublished(false);
    } else {
      summit = em.find(Summit.class, id);
      if (summit == null) {
        throw new IllegalArgumentException("No summit " + id);
      }
      if (expectedVersion != null && expectedVersion != summit.getVersion()) {
        throw new EditConflict(summit.getVersion());
      }
      String slug =
          draft.slug() == null || draft.slug().isBlank() ? summit.getSlug() : draft.slug().strip();
      if (!slug.equals(summit.getSlug())) {
        if (!Slugs.isValid(slug)) {
          throw new InvalidField(
              "slug", "An address may hold only letters, digits and single hyphens.");
        }
        if (!uniqueSlug(slug, summit.getId()).equals(slug)) {
          throw new InvalidField("slug", "Another summit already has this address.");
        }
        SlugRedirects.remember(em, EntryType.SUMMIT, summit.getSlug(), summit.getId());
        SlugRedirects.forget(em, EntryType.SUMMIT, slug);
        summit.setSlug(slug);
      }
      summit.setTitle(draft.title());
    }
    summit.setDates(DateSpec.of(draft.date()));
    summit.setCity(emptyToNull(draft.city()));
    summit.setVenue(emptyToNull(draft.venue()));
    summit.setCountryId(draft.countryId());
    summit.setSummary(emptyToNull(draft.summary()));
    summit.replaceParticipants(draft.participants());
    if (id == null) {
      em.persist(summit);
    }
    // Others refer to this row by id alone, which JPA cannot order inserts by: write it now.
    em.flush();
    if (draft.sourceIds() != null) {
      sources.setCitations(EntryType.SUMMIT, summit.getId(), draft.sourceIds());
    }
    journal.record(
        EntryType.SUMMIT.name(),
        summit.getId(),
        id == null ? Change.CREATED : change,
        actor,
        summit.getTitle(),
        snapshot(summit));
    return summit.getId();
  }

  /** Publishes, unpublishes, trashes or restores a summit, and journals it. */
  @Transactional
  public void change(Long id, Change change, String actor) {
    Summit summit = em.find(Summit.class, id);
    if (summit == null) {
      throw new IllegalArgumentException("No summit " + id);
    }
    switch (change) {
      case PUBLISHED -> summit.setPublished(true);
      case UNPUBLISHED -> summit.setPublished(false);
      case TRASHED -> summit.moveToTrash();
      case RESTORED -> summit.restoreFromTrash();
      default -> throw new IllegalArgumentException("Not a workflow change: " + change);
    }
    em.flush();
    journal.record(EntryType.SUMMIT.name(), id, change, actor, summit.getTitle(), snapshot(summit));
  }

  /** Deletes a trashed summit for good; its journal rows stay as the record of what it was. */
  @Transactional
  public void purge(Long id, String actor) {
    Summit summit = em.find(Summit.class, id);
    if (summit == null || !summit.isTrashed()) {
      throw new IllegalArgumentException("Only a summit in the trash can be purged");
    }
    journal.record(
        EntryType.SUMMIT.name(), id, Change.PURGED, actor, summit.getTitle(), snapshot(summit));
    em.createNativeQuery("UPDATE gift SET summit_id = NULL WHERE summit_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.remove(summit);
  }

  /** The back office's list: drafts and published summits (not the trash), searched and sorted. */
  public Page<SummitEdit> adminList(AdminQuery query) {
    String pattern = query.likePattern();
    String where =
        " WHERE s.deletedAt IS NULL"
            + (pattern == null
                ? ""
                : " AND (LOWER(s.title) LIKE :q ESCAPE '\\' OR LOWER(s.slug) LIKE :q ESCAPE '\\' OR LOWER(s.city) LIKE :q ESCAPE '\\')");
    String order =
        switch (query.sort() == null ? "" : query.sort()) {
          case "title" -> "s.title";
          case "updated" -> "s.updatedAt";
          default -> "s.dates.earliest";
        };
    String direction = query.descending() ? " DESC" : " ASC";
    var count = em.createQuery("SELECT COUNT(s) FROM Summit s" + where, Long.class);
    var list =
        em.createQuery(
            "SELECT s FROM Summit s"
                + where
                + " ORDER BY "
                + order
                + direction
                + ", s.id"
                + direction,
            Summit.class);
    if (pattern != null) {
      count.setParameter("q", pattern);
      list.setParameter("q", pattern);
    }
    long total = count.getSingleResult();
    int number = Page.clamp(query.page(), query.size(), total);
    List<SummitEdit> items =
        list.setFirstResult((number - 1) * query.size())
            .setMaxResults(query.size())
            .getResultStream()
            .map(s -> new SummitEdit(view(s), EntryState.of(s), Map.of()))
            .toList();
    return new Page<>(items, number, query.size(), total);
  }

  /** Summits in the trash, most recently trashed first. */
  public List<SummitEdit> trash() {
    return em.createQuery(
            "SELECT s FROM Summit s WHERE s.deletedAt IS NOT NULL ORDER BY s.deletedAt DESC",
            Summit.class)
        .getResultStream()
        .map(s -> new SummitEdit(view(s), EntryState.of(s), Map.of()))
        .toList();
  }

  /** Published, untrashed drafts waiting and total drafts, for the dashboard. */
  public long countDrafts() {
    return em.createQuery(
            "SELECT COUNT(s) FROM Summit s WHERE s.published = FALSE AND s.deletedAt IS NULL",
            Long.class)
        .getSingleResult();
  }

  /** The most recently changed drafts, for the dashboard. */
  public List<SummitEdit> drafts(int howMany) {
    return em.createQuery(
            "SELECT s FROM Summit s WHERE s.published = FALSE AND s.deletedAt IS NULL ORDER BY s.updatedAt DESC",
            Summit.class)
        .setMaxResults(howMany)
        .getResultStream()
        .map(s -> new SummitEdit(view(s), EntryState.of(s), Map.of()))
        .toList();
  }

  /** Every summit not in the trash, newest first, for the back office's pickers. */
  public List<SummitView> pickable() {
    return em.createQuery(
            "SELECT s FROM Summit s WHERE s.deletedAt IS NULL ORDER BY s.dates.earliest DESC, s.id DESC",
            Summit.class)
        .getResultStream()
        .map(Summits::view)
        .toList();
  }

  /** Any summit not in the trash by slug, drafts included, for the back office. */
  public Optional<SummitView> anySummit(String slug) {
    return em.createNamedQuery(Summit.BY_SLUG, Summit.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(x -> !x.isTrashed())
        .findFirst()
        .map(Summits::view);
  }

  /**
   * Summits by slug as links name them, keyed by the slug asked for: drafts and trashed ones
   * included, and a slug changed since found through its redirect. One query, two more when some
   * slugs are old ones.
   */
  public Map<String, Named> namedSummits(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, Named> named =
        em.createQuery(
                "SELECT NEW org.summitry.kernel.Named(s.id, s.slug, s.title) FROM Summit s"
                    + " WHERE s.slug IN :slugs",
                Named.class)
            .setParameter("slugs", List.copyOf(slugs))
            .getResultStream()
            .collect(Collectors.toMap(Named::key, Function.identity(), (a, b) -> a, HashMap::new));
    Map<String, Long> renamed =
        SlugRedirects.targets(
            em, EntryType.SUMMIT, slugs.stream().filter(slug -> !named.containsKey(slug)).toList());
    if (!renamed.isEmpty()) {
      Map<Long, Named> byId =
          em.createQuery(
                  "SELECT NEW org.summitry.kernel.Named(s.id, s.slug, s.title) FROM Summit s"
                      + " WHERE s.id IN :ids",
                  Named.class)
              .setParameter("ids", List.copyOf(new HashSet<>(renamed.values())))
              .getResultStream()
              .collect(Collectors.toMap(Named::id, Function.identity()));
      renamed.forEach(
          (old, id) -> {
            Named now = byId.get(id);
            if (now != null) {
              named.put(old, new Named(id, old, now.name()));
            }
          });
    }
    return named;
  }

  public Map<Long, SummitView> anySummitsByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createNamedQuery(Summit.BY_IDS, Summit.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(Summits::view)
        .collect(Collectors.toMap(SummitView::id, Function.identity()));
  }

  /**
   * The id of the summit at this address in any state, drafts and the trash included, so that a
   * withdrawn summit's address can say so; the caller decides what of it may be told.
   */
  public Optional<Long> idOfAny(String slug) {
    return em.createQuery("SELECT x.id FROM Summit x WHERE x.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The current slug of the summit an old address pointed to, if any. */
  public Optional<String> redirect(String oldSlug) {
    return SlugRedirects.target(em, EntryType.SUMMIT, oldSlug)
        .map(id -> em.find(Summit.class, id))
        .filter(Summit::isPublic)
        .map(Summit::getSlug);
  }

  /**
   * The fields of a summit as the journal keeps them: references by code and slug rather than id,
   * so a revision reads well and can be restored even after ids of other entries change.
   */
  /** What each field of a summit's journal snapshot holds. */
  public static final Map<String, FieldKind> JOURNAL_FIELDS =
      Map.of(
          "title", FieldKind.TEXT,
          "slug", FieldKind.TEXT,
          "date", FieldKind.EDTF,
          "venue", FieldKind.TEXT,
          "city", FieldKind.TEXT,
          "country", FieldKind.COUNTRY,
          "summary", FieldKind.TEXT,
          "participants", FieldKind.PARTICIPANTS,
          "sources", FieldKind.SOURCES);

  private Map<String, String> snapshot(Summit s) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", s.getTitle());
    fields.put("slug", s.getSlug());
    fields.put("date", s.getDates() == null ? null : s.getDates().edtf());
    fields.put("venue", s.getVenue());
    fields.put("city", s.getCity());
    CountryView country =
        s.getCountryId() == null
            ? null
            : people.anyCountriesByIds(List.of(s.getCountryId())).get(s.getCountryId());
    fields.put("country", country == null ? null : country.code());
    fields.put("summary", s.getSummary());
    Map<Long, PersonView> persons =
        people.anyPeopleByIds(s.getParticipants().stream().map(p -> p.getPersonId()).toList());
    fields.put(
        "participants",
        s.getParticipants().stream()
            .map(
                p -> {
                  PersonView person = persons.get(p.getPersonId());
                  return (person == null ? "#" + p.getPersonId() : person.slug())
                      + " | "
                      + (p.getRole() == null ? "" : p.getRole());
                })
            .collect(Collectors.joining("\n")));
    fields.put("sources", sources.citedLines(EntryType.SUMMIT, s.getId()));
    return FieldKind.canonical(JOURNAL_FIELDS, fields);
  }

  /** {@code wanted}, or the first of wanted-2, wanted-3, ... that no other summit has. */
  private String uniqueSlug(String wanted, Long self) {
    String base = Slugs.isValid(wanted) ? wanted : Slugs.fromTitle(wanted);
    String prefix = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%";
    TypedQuery<String> holders =
        em.createQuery(
                "SELECT x.slug FROM Summit x WHERE (x.slug = :base OR x.slug LIKE :prefix ESCAPE '\\')"
                    + (self == null ? "" : " AND x.id <> :self"),
                String.class)
            .setParameter("base", base)
            .setParameter("prefix", prefix);
    if (self != null) {
      holders.setParameter("self", self);
    }
    Set<String> taken = new HashSet<>(holders.getResultList());
    String candidate = base;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = Slugs.withSuffix(base, n);
    }
    return candidate;
  }

  /** Free text is kept exactly as typed, whitespace included; only an empty field means none. */
  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** Records a summit unless one with the draft's slug exists; returns the id either way. */
  @Transactional
  public Long ensureSummit(@Valid SummitDraft draft) {
    String slug = draft.slug() == null ? Slugs.fromTitle(draft.title()) : draft.slug();
    Optional<Summit> existing =
        em.createNamedQuery(Summit.BY_SLUG, Summit.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    Summit summit = new Summit(slug, draft.title());
    summit.setDates(DateSpec.of(draft.date()));
    summit.setCity(draft.city());
    summit.setVenue(draft.venue());
    summit.setCountryId(draft.countryId());
    summit.setSummary(draft.summary());
    for (SummitView.ParticipantView p : draft.participants()) {
      summit.addParticipant(p.personId(), p.role());
    }
    em.persist(summit);
    // Others refer to this row by id alone, which JPA cannot order inserts by: write it now.
    em.flush();
    journal.record(
        EntryType.SUMMIT.name(),
        summit.getId(),
        Change.CREATED,
        "system",
        summit.getTitle(),
        snapshot(summit));
    return summit.getId();
  }

  private static SummitView view(Summit s) {
    return new SummitView(
        s.getId(),
        s.getSlug(),
        s.getTitle(),
        s.getDates() == null ? null : Edtf.parse(s.getDates().edtf()),
        s.getCity(),
        s.getVenue(),
        s.getCountryId(),
        s.getSummary(),
        s.getParticipants().stream()
            .map(p -> new SummitView.ParticipantView(p.getPersonId(), p.getRole()))
            .toList());
  }
}
