package org.summitry.summits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.summitry.edtf.DateSpec;
import org.summitry.edtf.Edtf;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.DraftedEntries;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.EntryKind;
import org.summitry.journal.boundary.EntryLifecycle;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.GeoNamesId;
import org.summitry.kernel.Named;
import org.summitry.kernel.Page;
import org.summitry.kernel.Text;
import org.summitry.kernel.WikidataId;
import org.summitry.kernel.YearTally;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.entity.Summit;
import org.summitry.translations.boundary.Translations;

/** Summits: the meetings of leaders, when and where they took place and who attended. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Summits extends DraftedEntries<Summit, Summits.SummitEdit, SummitDraft> {

  /** Orders of the summit list. */
  public enum Order {
    NEWEST_FIRST,
    OLDEST_FIRST
  }

  @PersistenceContext EntityManager em;

  @Inject People people;

  @Inject Journal journal;

  @Inject Sources sources;
  @Inject Claims claims;
  @Inject Translations translations;

  private static final EntryKind<Summit> KIND =
      EntryKind.of(Summit.class, EntryType.SUMMIT, "summit", Summit::getTitle)
          .namedBy("title")
          .addressedBy(Summit::getSlug, Summit::setSlug)
          .listed(
              List.of("title", "slug", "city"),
              Map.of("title", "title", "updated", "updatedAt"),
              "dates.earliest");

  @Override
  protected EntryLifecycle<Summit> lifecycle() {
    return new EntryLifecycle<>(KIND, em, journal, this::snapshot)
        .publishedOnlyUnder(sources.publishRule());
  }

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

  /**
   * Published summits whose place on the globe is known, newest first, for the map; read without
   * their participants.
   */
  public List<SummitPlace> places() {
    return em.createQuery(
            "SELECT s.id, s.slug, s.title, s.dates.edtf, s.city, s.venue, s.countryId, s.latitude,"
                + " s.longitude FROM Summit s WHERE s.published = TRUE AND s.deletedAt IS NULL"
                + " AND s.latitude IS NOT NULL AND s.longitude IS NOT NULL"
                + " ORDER BY s.dates.earliest DESC, s.id DESC",
            Object[].class)
        .getResultStream()
        .map(
            row ->
                new SummitPlace(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    row[3] == null ? null : Edtf.parse((String) row[3]),
                    (String) row[4],
                    (String) row[5],
                    (Long) row[6],
                    (BigDecimal) row[7],
                    (BigDecimal) row[8]))
        .toList();
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
    return lifecycle().publishedAfter(afterId, limit, Summits::view, "participants");
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

  @Override
  protected SummitEdit edited(Summit s) {
    return new SummitEdit(view(s), s.state(), snapshot(s));
  }

  /** A summit with its workflow state and its fields as the journal records them. */
  public record SummitEdit(SummitView summit, EntryState state, Map<String, String> fields)
      implements EditedEntry {}

  @Override
  protected Summit created(String slug, SummitDraft draft) {
    return new Summit(slug, draft.title());
  }

  /** A summit's citations, claims and translations, as its draft gives them. */
  @Override
  protected void attach(Long id, SummitDraft draft) {
    sources.cite(EntryType.SUMMIT, id, draft.citations(), draft.claims());
    translations.set(EntryType.SUMMIT, id, draft.translations());
  }

  /** Sets a summit's fields from a draft. */
  @Override
  protected void fill(Summit summit, SummitDraft draft) {
    summit.setTitle(draft.title());
    summit.setDates(DateSpec.of(draft.date()));
    summit.setCity(Text.emptyToNull(draft.city()));
    summit.setVenue(Text.emptyToNull(draft.venue()));
    summit.setCountryId(draft.countryId());
    summit.setSummary(Text.emptyToNull(draft.summary()));
    summit.setWikidataId(WikidataId.normalize(draft.wikidataId()));
    summit.setGeonamesId(GeoNamesId.normalize(draft.geonamesId()));
    summit.setPlace(draft.latitude(), draft.longitude());
    summit.replaceParticipants(draft.participants());
  }

  /**
   * Adds the source {@code sourceId} to those the summit cites, after them, and journals it;
   * returns false, journaling nothing, when the summit cites it already.
   */
  @Transactional
  public boolean addSource(Long id, Long sourceId, String actor) {
    return lifecycle().update(id, actor, () -> sources.citeAlso(EntryType.SUMMIT, id, sourceId));
  }

  /** A purged summit's gifts keep their occasion's words only; its claims and translations go. */
  @Override
  protected void purging(Summit summit) {
    em.createNativeQuery("UPDATE gift SET summit_id = NULL WHERE summit_id = ?1")
        .setParameter(1, summit.getId())
        .executeUpdate();
    claims.removeAll(EntryType.SUMMIT, summit.getId());
    translations.removeAll(EntryType.SUMMIT, summit.getId());
  }

  @Override
  protected SummitEdit listed(Summit s) {
    return new SummitEdit(view(s), s.state(), Map.of());
  }

  /**
   * Summits not in the trash whose title or address holds {@code text} (any case), latest first, at
   * most {@code max}: a picker's suggestions, or its first entries for blank text.
   */
  public List<SummitView> pickable(String text, int max) {
    String holds = Text.likeHolding(text);
    var query =
        em.createQuery(
            "SELECT s FROM Summit s WHERE s.deletedAt IS NULL"
                + (holds == null
                    ? ""
                    : " AND (LOWER(s.title) LIKE :holds ESCAPE '!' OR s.slug LIKE :holds ESCAPE '!')")
                + " ORDER BY s.dates.earliest DESC, s.id DESC",
            Summit.class);
    if (holds != null) {
      query.setParameter("holds", holds);
    }
    return query.setMaxResults(max).getResultStream().map(Summits::view).toList();
  }

  /** The one summit not in the trash of exactly this title (any case), if just one has it. */
  public Optional<SummitView> onlySummitTitled(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    List<Summit> titled =
        em.createQuery(
                "SELECT s FROM Summit s WHERE s.deletedAt IS NULL AND LOWER(s.title) = :title",
                Summit.class)
            .setParameter("title", title.strip().toLowerCase(java.util.Locale.ROOT))
            .setMaxResults(2)
            .getResultList();
    return titled.size() == 1 ? Optional.of(view(titled.get(0))) : Optional.empty();
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
    return lifecycle().named(slugs);
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
   * The fields of a summit as the journal keeps them: references by code and slug rather than id,
   * so a revision reads well and can be restored even after ids of other entries change.
   */
  /** What each field of a summit's journal snapshot holds. */
  public static final Map<String, FieldKind> JOURNAL_FIELDS =
      Map.ofEntries(
          Map.entry("title", FieldKind.TEXT),
          Map.entry("slug", FieldKind.TEXT),
          Map.entry("date", FieldKind.EDTF),
          Map.entry("venue", FieldKind.TEXT),
          Map.entry("city", FieldKind.TEXT),
          Map.entry("geonames", FieldKind.CODE),
          Map.entry("country", FieldKind.COUNTRY),
          Map.entry("latitude", FieldKind.NUMBER),
          Map.entry("longitude", FieldKind.NUMBER),
          Map.entry("summary", FieldKind.TEXT),
          Map.entry("title_ko", FieldKind.TEXT),
          Map.entry("summary_ko", FieldKind.TEXT),
          Map.entry("title_ru", FieldKind.TEXT),
          Map.entry("summary_ru", FieldKind.TEXT),
          Map.entry("wikidata", FieldKind.CODE),
          Map.entry("participants", FieldKind.PARTICIPANTS),
          Map.entry("sources", FieldKind.SOURCES),
          Map.entry("citations", FieldKind.CITATIONS),
          Map.entry("claims", FieldKind.CLAIMS));

  /**
   * Puts {@code into} in {@code from}'s place at every summit (in any state) {@code from} took part
   * in (see {@link Summit#replacePerson}), journaling each summit changed, in the caller's
   * transaction: two records of one person merged. Returns how many summits changed.
   */
  @Transactional
  public int movePersonLinks(Long from, Long into, String actor) {
    EntryLifecycle<Summit> life = lifecycle();
    // By id, then each summit found: summits read through a join on their participants come with
    // participants EclipseLink cannot write back.
    List<Summit> attended =
        ((List<?>)
                em.createNativeQuery(
                        "SELECT DISTINCT summit_id FROM summit_participant WHERE person_id = ?1")
                    .setParameter(1, from)
                    .getResultList())
            .stream()
                .map(id -> life.find(((Number) id).longValue()))
                .sorted(java.util.Comparator.comparing(Summit::getId))
                .toList();
    List<Summit> changed = attended.stream().filter(s -> s.replacePerson(from, into)).toList();
    em.flush();
    changed.forEach(summit -> life.record(summit, Change.UPDATED, actor));
    return changed.size();
  }

  private Map<String, String> snapshot(Summit s) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", s.getTitle());
    fields.put("slug", s.getSlug());
    fields.put("date", s.getDates() == null ? null : s.getDates().edtf());
    fields.put("venue", s.getVenue());
    fields.put("city", s.getCity());
    fields.put("geonames", s.getGeonamesId() == null ? null : s.getGeonamesId().toString());
    CountryView country =
        s.getCountryId() == null
            ? null
            : people.anyCountriesByIds(List.of(s.getCountryId())).get(s.getCountryId());
    fields.put("country", country == null ? null : country.code());
    fields.put("latitude", s.getLatitude() == null ? null : s.getLatitude().toPlainString());
    fields.put("longitude", s.getLongitude() == null ? null : s.getLongitude().toPlainString());
    fields.put("summary", s.getSummary());
    fields.putAll(Translations.fields(translations.of(EntryType.SUMMIT, s.getId()), "summary"));
    fields.put("wikidata", s.getWikidataId());
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
    fields.put("citations", sources.citationLines(EntryType.SUMMIT, s.getId()));
    fields.put("claims", claims.lines(EntryType.SUMMIT, s.getId()));
    return FieldKind.canonical(JOURNAL_FIELDS, fields);
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
            .toList(),
        s.getWikidataId(),
        s.getGeonamesId(),
        s.getLatitude(),
        s.getLongitude());
  }
}
