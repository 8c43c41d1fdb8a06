package org.summitry.gifts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.summitry.edtf.DateSpec;
import org.summitry.edtf.Edtf;
import org.summitry.gifts.entity.Gift;
import org.summitry.gifts.entity.GiftCategory;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.DraftedEntries;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.EntryKind;
import org.summitry.journal.boundary.EntryLifecycle;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Page;
import org.summitry.kernel.Refusal;
import org.summitry.kernel.Text;
import org.summitry.kernel.YearTally;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.sources.boundary.CitationDraft;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;
import org.summitry.translations.boundary.Translation;
import org.summitry.translations.boundary.Translations;

/** Gifts: what was given, by whom to whom, on which occasion, and where it is now. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Gifts extends DraftedEntries<Gift, Gifts.GiftEdit, GiftDraft> {

  @PersistenceContext EntityManager em;

  @Inject People people;

  @Inject Summits summits;

  @Inject Journal journal;

  @Inject Sources sources;
  @Inject Claims claims;
  @Inject Translations translations;

  private static final EntryKind<Gift> KIND =
      EntryKind.of(Gift.class, EntryType.GIFT, "gift", Gift::getTitle)
          .namedBy("title")
          .addressedBy(Gift::getSlug, Gift::setSlug)
          .listed(
              List.of("title", "slug"),
              Map.of("title", "title", "updated", "updatedAt"),
              "given.earliest");

  @Override
  protected EntryLifecycle<Gift> lifecycle() {
    return new EntryLifecycle<>(KIND, em, journal, this::snapshot)
        .publishedOnlyUnder(sources.publishRule());
  }

  /**
   * Makes {@code into} the giver or recipient of every gift (in any state) that {@code from} gave
   * or received, journaling each gift changed, in the caller's transaction: two records of one
   * person merged. Returns how many gifts changed.
   */
  @Transactional
  public int movePersonLinks(Long from, Long into, String actor) {
    EntryLifecycle<Gift> life = lifecycle();
    List<Gift> named =
        em.createQuery(
                "SELECT g FROM Gift g WHERE g.giverPersonId = :from OR g.recipientPersonId = :from"
                    + " ORDER BY g.id",
                Gift.class)
            .setParameter("from", from)
            .getResultList();
    for (Gift gift : named) {
      if (from.equals(gift.getGiverPersonId())) {
        gift.setGiver(into, gift.getGiverCountryId());
      }
      if (from.equals(gift.getRecipientPersonId())) {
        gift.setRecipient(into, gift.getRecipientCountryId());
      }
    }
    em.flush();
    named.forEach(gift -> life.record(gift, Change.UPDATED, actor));
    return named.size();
  }

  public Optional<GiftView> gift(String slug) {
    return em.createNamedQuery(Gift.BY_SLUG, Gift.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Gift::isPublic)
        .findFirst()
        .map(Gifts::view);
  }

  /** Published gifts matching {@code filter}, newest first. */
  public Page<GiftView> gifts(GiftFilter filter, int page, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM Gift g" + where, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    int number = Page.clamp(page, size, total);
    // The page's ids first, then its gifts: the ids of a deep page come from the list's index
    // alone (V4__list_indexes.sql), where an OFFSET over whole rows would read every row before it.
    TypedQuery<Long> ids =
        em.createQuery(
            "SELECT g.id FROM Gift g" + where + " ORDER BY g.given.earliest DESC, g.title, g.id",
            Long.class);
    parameters.forEach(ids::setParameter);
    List<Long> pageIds =
        ids.setFirstResult((number - 1) * size).setMaxResults(size).getResultList();
    if (pageIds.isEmpty()) {
      return new Page<>(List.of(), number, size, total);
    }
    Map<Long, GiftView> byId =
        em.createQuery(
                "SELECT g FROM Gift g LEFT JOIN FETCH g.category WHERE g.id IN :ids", Gift.class)
            .setParameter("ids", pageIds)
            .getResultStream()
            .map(Gifts::view)
            .collect(Collectors.toMap(GiftView::id, Function.identity()));
    List<GiftView> items = pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    return new Page<>(items, number, size, total);
  }

  private static String where(GiftFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("g.published = TRUE AND g.deletedAt IS NULL");
    if (filter.categoryId() != null) {
      conditions.add("g.category.id = :category");
      parameters.put("category", filter.categoryId());
    }
    if (filter.giverCountryId() != null) {
      conditions.add("g.giverCountryId = :giverCountry");
      parameters.put("giverCountry", filter.giverCountryId());
    }
    if (filter.recipientCountryId() != null) {
      conditions.add("g.recipientCountryId = :recipientCountry");
      parameters.put("recipientCountry", filter.recipientCountryId());
    }
    if (filter.giverPersonId() != null) {
      conditions.add("g.giverPersonId = :giverPerson");
      parameters.put("giverPerson", filter.giverPersonId());
    }
    if (filter.recipientPersonId() != null) {
      conditions.add("g.recipientPersonId = :recipientPerson");
      parameters.put("recipientPerson", filter.recipientPersonId());
    }
    if (filter.year() != null) {
      conditions.add("g.given.earliest <= :yearEnd AND g.given.latest >= :yearStart");
      parameters.put("yearStart", LocalDate.of(filter.year(), 1, 1));
      parameters.put("yearEnd", LocalDate.of(filter.year(), 12, 31));
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  /** Published gifts per pair of giver and recipient country, counted in one GROUP BY. */
  public List<GiftFlow> flows() {
    return em.createQuery(
            "SELECT g.giverCountryId, g.recipientCountryId, COUNT(g) FROM Gift g"
                + " WHERE g.published = TRUE AND g.deletedAt IS NULL"
                + " GROUP BY g.giverCountryId, g.recipientCountryId",
            Object[].class)
        .getResultStream()
        .map(row -> new GiftFlow((Long) row[0], (Long) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  /**
   * Published gifts grouped by everything the statistics tell apart (parties, category, first and
   * last year, currency), with their declared values summed per group: one pass over the gifts that
   * a background count repeats after a change, so no visitor waits for it.
   */
  public List<GiftFact> facts() {
    List<?> rows = em.createNativeQuery(FACTS).getResultList();
    List<GiftFact> facts = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      facts.add(
          new GiftFact(
              id(r[0]),
              id(r[1]),
              id(r[2]),
              id(r[3]),
              id(r[4]),
              year(r[5]),
              year(r[6]),
              (String) r[7],
              ((Number) r[8]).longValue(),
              r[9] == null ? null : new java.math.BigDecimal(r[9].toString())));
    }
    return facts;
  }

  private static final String FACT_GROUPS =
      "giver_country_id, recipient_country_id, category_id, giver_person_id, recipient_person_id,"
          + " EXTRACT(YEAR FROM date_earliest), EXTRACT(YEAR FROM date_latest), value_currency";

  private static final String FACTS =
      "SELECT "
          + FACT_GROUPS
          + ", COUNT(*), SUM(value_amount) FROM gift WHERE published = TRUE AND deleted_at IS NULL"
          + " GROUP BY "
          + FACT_GROUPS;

  private static Long id(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  /**
   * A country's published gifts per year, given and received: two GROUP BY queries whose years
   * match what {@code GiftFilter.year} lists.
   */
  public CountryGiftYears yearsOf(Long countryId) {
    return new CountryGiftYears(
        YearTally.of(
            spansByCountry("g.giverCountryId", countryId).getOrDefault(countryId, List.of())),
        YearTally.of(
            spansByCountry("g.recipientCountryId", countryId).getOrDefault(countryId, List.of())));
  }

  /**
   * Every country's published gifts per year, given and received, in two passes over the gifts
   * (rather than two index reads per country); countries without gifts are left out.
   */
  public Map<Long, CountryGiftYears> yearsOfEveryCountry() {
    Map<Long, List<YearTally.Span>> given = spansByCountry("g.giverCountryId", null);
    Map<Long, List<YearTally.Span>> received = spansByCountry("g.recipientCountryId", null);
    Set<Long> countries = new HashSet<>(given.keySet());
    countries.addAll(received.keySet());
    Map<Long, CountryGiftYears> years = new HashMap<>();
    for (Long country : countries) {
      years.put(
          country,
          new CountryGiftYears(
              YearTally.of(given.getOrDefault(country, List.of())),
              YearTally.of(received.getOrDefault(country, List.of()))));
    }
    return years;
  }

  /**
   * The first and last years of published gifts' dates and how many gifts have them, by the country
   * in {@code countryField}: of one country, or of every country when {@code countryId} is null.
   */
  private Map<Long, List<YearTally.Span>> spansByCountry(String countryField, Long countryId) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT "
                + countryField
                + ", EXTRACT(YEAR FROM g.given.earliest), EXTRACT(YEAR FROM g.given.latest),"
                + " COUNT(g) FROM Gift g WHERE g.published = TRUE AND g.deletedAt IS NULL AND "
                + countryField
                + (countryId == null ? " IS NOT NULL" : " = :country")
                + " GROUP BY "
                + countryField
                + ", EXTRACT(YEAR FROM g.given.earliest), EXTRACT(YEAR FROM g.given.latest)",
            Object[].class);
    if (countryId != null) {
      query.setParameter("country", countryId);
    }
    Map<Long, List<YearTally.Span>> spans = new HashMap<>();
    query
        .getResultStream()
        .forEach(
            row ->
                spans
                    .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(
                        new YearTally.Span(
                            year(row[1]), year(row[2]), ((Number) row[3]).longValue())));
    return spans;
  }

  private static Integer year(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  public Map<Long, GiftView> giftsByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery(
            "SELECT g FROM Gift g LEFT JOIN FETCH g.category WHERE g.id IN :ids"
                + " AND g.published = TRUE AND g.deletedAt IS NULL",
            Gift.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(Gifts::view)
        .collect(Collectors.toMap(GiftView::id, Function.identity()));
  }

  /**
   * Published gifts with ids above {@code afterId}, in id order: the search index reads the archive
   * in batches this way, so a million gifts never sit in memory at once.
   */
  public List<GiftView> publishedAfter(long afterId, int limit) {
    return em.createQuery(
            "SELECT g FROM Gift g LEFT JOIN FETCH g.category WHERE g.id > :after"
                + " AND g.published = TRUE AND g.deletedAt IS NULL ORDER BY g.id",
            Gift.class)
        .setParameter("after", afterId)
        .setHint("eclipselink.read-only", "true")
        .setMaxResults(limit)
        .getResultStream()
        .map(Gifts::view)
        .toList();
  }

  /**
   * Ids of the gifts (in any state) that show the name of this person, country, summit or category,
   * so that renaming it can refresh them in the search index.
   */
  public List<Long> idsNaming(String entryType, Long id) {
    String condition =
        switch (entryType) {
          case "PERSON" -> "g.giverPersonId = :id OR g.recipientPersonId = :id";
          case "COUNTRY" -> "g.giverCountryId = :id OR g.recipientCountryId = :id";
          case "SUMMIT" -> "g.summitId = :id";
          case GiftCategories.JOURNAL_TYPE -> "g.category.id = :id";
          default -> null;
        };
    if (condition == null) {
      return List.of();
    }
    return em.createQuery("SELECT g.id FROM Gift g WHERE " + condition, Long.class)
        .setParameter("id", id)
        .getResultList();
  }

  public List<GiftView> atSummit(Long summitId) {
    return em.createNamedQuery(Gift.AT_SUMMIT, Gift.class)
        .setParameter("summitId", summitId)
        .getResultStream()
        .map(Gifts::view)
        .toList();
  }

  public long count() {
    return em.createNamedQuery(Gift.COUNT_PUBLISHED, Long.class).getSingleResult();
  }

  public List<CategoryView> categories() {
    return em.createNamedQuery(GiftCategory.ALL, GiftCategory.class)
        .getResultStream()
        .map(Gifts::view)
        .toList();
  }

  public Optional<CategoryView> category(String slug) {
    return em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(Gifts::view);
  }

  /** The calendar years in which published gifts were given, newest first, for the year filter. */
  public List<Integer> years() {
    List<?> years = em.createNativeQuery(YEARS).getResultList();
    return years.stream().map(year -> ((Number) year).intValue()).toList();
  }

  /**
   * The years of published gifts, newest first, found by one index probe per year (the latest date
   * before the 1st of January of the year found last) rather than by reading every gift's date.
   * Years before 1 CE are not offered.
   */
  private static final String YEARS =
      "WITH RECURSIVE years (y) AS ("
          + " SELECT CAST(EXTRACT(YEAR FROM MAX(date_earliest)) AS INTEGER) FROM gift"
          + " WHERE published = TRUE AND deleted_at IS NULL"
          + " UNION ALL"
          + " SELECT (SELECT CAST(EXTRACT(YEAR FROM MAX(g.date_earliest)) AS INTEGER) FROM gift g"
          + " WHERE g.published = TRUE AND g.deleted_at IS NULL AND g.date_earliest <"
          + " CAST(CONCAT(LPAD(CAST(years.y AS VARCHAR(10)), 4, '0'), '-01-01') AS DATE))"
          + " FROM years WHERE years.y > 1)"
          + " SELECT y FROM years WHERE y IS NOT NULL AND y > 0 ORDER BY y DESC";

  /** Where {@link GiftParties#of} reads public people, countries and summits. */
  public GiftParties.Sources publicParties() {
    return new GiftParties.Sources(
        people::peopleByIds, people::countriesByIds, summits::summitsByIds, false);
  }

  /** Public gifts with the public people, countries and summits they name. */
  public List<GiftParties> withParties(List<GiftView> gifts) {
    return GiftParties.of(gifts, publicParties());
  }

  @Override
  protected GiftEdit edited(Gift g) {
    return new GiftEdit(view(g), g.state(), snapshot(g));
  }

  /** A gift with its workflow state and its fields as the journal records them. */
  public record GiftEdit(GiftView gift, EntryState state, Map<String, String> fields)
      implements EditedEntry {}

  @Override
  protected Gift created(String slug, GiftDraft draft) {
    return new Gift(slug, draft.title());
  }

  /** A gift's citations, claims and translations, as its draft gives them. */
  @Override
  protected void attach(Long id, GiftDraft draft) {
    sources.cite(EntryType.GIFT, id, draft.citations(), draft.claims());
    translations.set(EntryType.GIFT, id, draft.translations());
  }

  /**
   * Records new gifts together, as drafts or published, each journalled as created (and published)
   * by {@code actor} like {@link #save} and {@link #change} would, in a few batched statements
   * instead of some twenty for each gift: an import's batch. Returns their ids in the drafts'
   * order. Imports translate nothing: the drafts' translations are not read.
   */
  @Transactional
  public List<Long> createAll(List<@Valid GiftDraft> drafts, String actor, boolean publish) {
    EntryLifecycle<Gift> life = lifecycle();
    List<String> slugs =
        life.newSlugs(
            drafts.stream().map(GiftDraft::slug).toList(),
            drafts.stream().map(GiftDraft::title).toList());
    List<Gift> created = new ArrayList<>(drafts.size());
    Map<String, GiftCategory> categories = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      GiftDraft draft = drafts.get(i);
      Gift gift = new Gift(slugs.get(i), draft.title());
      fill(gift, draft, categories);
      created.add(gift);
    }
    Map<Long, String> citedLines = new HashMap<>();
    Map<Long, String> citationLines = new HashMap<>();
    Map<Long, String> claimLines = new HashMap<>();
    life.createAll(
        created,
        publish,
        actor,
        () -> {
          for (int i = 0; i < created.size(); i++) {
            Long id = created.get(i).getId();
            GiftDraft draft = drafts.get(i);
            citedLines.put(
                id,
                draft.citations() == null
                    ? ""
                    : sources.citeNew(EntryType.GIFT, id, draft.citations()));
            citationLines.put(
                id, draft.citations() == null ? null : CitationDraft.lines(draft.citations()));
            claimLines.put(
                id,
                draft.claims() == null ? "" : claims.addNew(EntryType.GIFT, id, draft.claims()));
          }
        },
        gifts -> {
          Named named = named(gifts);
          return g ->
              snapshot(
                  g,
                  named,
                  citedLines.get(g.getId()),
                  citationLines.get(g.getId()),
                  claimLines.get(g.getId()),
                  List.of());
        });
    return created.stream().map(Gift::getId).toList();
  }

  @Override
  protected void fill(Gift gift, GiftDraft draft) {
    fill(gift, draft, new HashMap<>());
  }

  /** Sets a gift's fields from a draft; {@code categories} keeps those already looked up. */
  private void fill(Gift gift, GiftDraft draft, Map<String, GiftCategory> categories) {
    gift.setTitle(draft.title());
    gift.setDescription(Text.emptyToNull(draft.description()));
    if (draft.categorySlug() == null || draft.categorySlug().isBlank()) {
      gift.setCategory(null);
    } else {
      gift.setCategory(
          categories.computeIfAbsent(
              draft.categorySlug(),
              slug ->
                  em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
                      .setParameter("slug", slug)
                      .getResultStream()
                      .findFirst()
                      .orElseThrow(
                          () -> new InvalidField("category", "refusal.category.unknown"))));
    }
    gift.setQuantity(draft.quantity());
    gift.setGiver(draft.giverPersonId(), draft.giverCountryId());
    gift.setRecipient(draft.recipientPersonId(), draft.recipientCountryId());
    gift.setSummitId(draft.summitId());
    gift.setOccasion(Text.emptyToNull(draft.occasion()));
    gift.setGiven(DateSpec.of(draft.date()));
    try {
      gift.setValue(draft.valueAmount(), Text.blankToNull(draft.valueCurrency()));
    } catch (Refusal refused) {
      throw new InvalidField("value", refused);
    }
    gift.setValueNote(Text.emptyToNull(draft.valueNote()));
    gift.setWhereabouts(Text.emptyToNull(draft.whereabouts()));
  }

  /**
   * Files the gift under the category with this address (none when blank) and journals it; returns
   * false, journaling nothing, when it is filed there already.
   *
   * @throws InvalidField when there is no such category
   */
  @Transactional
  public boolean setCategory(Long id, String categorySlug, String actor) {
    EntryLifecycle<Gift> life = lifecycle();
    Gift gift = life.find(id);
    GiftCategory category =
        categorySlug == null || categorySlug.isBlank()
            ? null
            : em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
                .setParameter("slug", categorySlug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidField("category", "refusal.category.unknown"));
    if (Objects.equals(
        gift.getCategory() == null ? null : gift.getCategory().getId(),
        category == null ? null : category.getId())) {
      return false;
    }
    gift.setCategory(category);
    life.write(gift, false);
    life.record(gift, Change.UPDATED, actor);
    return true;
  }

  /**
   * Makes the summit {@code summitId} (none when null) and the words {@code occasion} (none when
   * blank) the gift's occasion, and journals it; returns false, journaling nothing, when they are
   * already.
   */
  @Transactional
  public boolean setOccasion(Long id, Long summitId, String occasion, String actor) {
    EntryLifecycle<Gift> life = lifecycle();
    Gift gift = life.find(id);
    String words = Text.emptyToNull(occasion);
    if (Objects.equals(gift.getSummitId(), summitId) && Objects.equals(gift.getOccasion(), words)) {
      return false;
    }
    gift.setSummitId(summitId);
    gift.setOccasion(words);
    life.write(gift, false);
    life.record(gift, Change.UPDATED, actor);
    return true;
  }

  /**
   * Adds the source {@code sourceId} to those the gift cites, after them, and journals it; returns
   * false, journaling nothing, when the gift cites it already.
   */
  @Transactional
  public boolean addSource(Long id, Long sourceId, String actor) {
    return lifecycle().update(id, actor, () -> sources.citeAlso(EntryType.GIFT, id, sourceId));
  }

  /** A purged gift's claims and translations go with it. */
  @Override
  protected void purging(Gift gift) {
    claims.removeAll(EntryType.GIFT, gift.getId());
    translations.removeAll(EntryType.GIFT, gift.getId());
  }

  @Override
  protected GiftEdit listed(Gift g) {
    return new GiftEdit(view(g), g.state(), Map.of());
  }

  /** What each field of a gift's journal snapshot holds, in the form's order. */
  public static final Map<String, FieldKind> JOURNAL_FIELDS =
      Map.ofEntries(
          Map.entry("title", FieldKind.TEXT),
          Map.entry("slug", FieldKind.TEXT),
          Map.entry("description", FieldKind.TEXT),
          Map.entry("title_ko", FieldKind.TEXT),
          Map.entry("description_ko", FieldKind.TEXT),
          Map.entry("title_ru", FieldKind.TEXT),
          Map.entry("description_ru", FieldKind.TEXT),
          Map.entry("category", FieldKind.CATEGORY),
          Map.entry("quantity", FieldKind.NUMBER),
          Map.entry("giver", FieldKind.PERSON),
          Map.entry("giverCountry", FieldKind.COUNTRY),
          Map.entry("recipient", FieldKind.PERSON),
          Map.entry("recipientCountry", FieldKind.COUNTRY),
          Map.entry("summit", FieldKind.SUMMIT),
          Map.entry("occasion", FieldKind.TEXT),
          Map.entry("date", FieldKind.EDTF),
          Map.entry("valueAmount", FieldKind.NUMBER),
          Map.entry("valueCurrency", FieldKind.CODE),
          Map.entry("valueNote", FieldKind.TEXT),
          Map.entry("whereabouts", FieldKind.TEXT),
          Map.entry("sources", FieldKind.SOURCES),
          Map.entry("citations", FieldKind.CITATIONS),
          Map.entry("claims", FieldKind.CLAIMS));

  /** The fields of a gift as the journal keeps them, other entries named by slug or code. */
  private Map<String, String> snapshot(Gift g) {
    return snapshot(
        g,
        named(List.of(g)),
        sources.citedLines(EntryType.GIFT, g.getId()),
        sources.citationLines(EntryType.GIFT, g.getId()),
        claims.lines(EntryType.GIFT, g.getId()),
        translations.of(EntryType.GIFT, g.getId()));
  }

  /** The people, countries and summits some gifts name, read at once for their snapshots. */
  private record Named(
      Map<Long, PersonView> persons,
      Map<Long, CountryView> countries,
      Map<Long, SummitView> summits) {}

  private Named named(List<Gift> gifts) {
    Set<Long> personIds = new HashSet<>();
    Set<Long> countryIds = new HashSet<>();
    Set<Long> summitIds = new HashSet<>();
    for (Gift g : gifts) {
      Stream.of(g.getGiverPersonId(), g.getRecipientPersonId())
          .filter(Objects::nonNull)
          .forEach(personIds::add);
      Stream.of(g.getGiverCountryId(), g.getRecipientCountryId())
          .filter(Objects::nonNull)
          .forEach(countryIds::add);
      if (g.getSummitId() != null) {
        summitIds.add(g.getSummitId());
      }
    }
    return new Named(
        people.anyPeopleByIds(personIds),
        people.anyCountriesByIds(countryIds),
        summitIds.isEmpty() ? Map.of() : summits.anySummitsByIds(summitIds));
  }

  private static Map<String, String> snapshot(
      Gift g,
      Named named,
      String citedLines,
      String citationLines,
      String claimLines,
      List<Translation> translated) {
    Map<Long, PersonView> persons = named.persons();
    Map<Long, CountryView> countries = named.countries();
    Map<Long, SummitView> occasions = named.summits();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", g.getTitle());
    fields.put("slug", g.getSlug());
    fields.put("description", g.getDescription());
    fields.putAll(Translations.fields(translated, "description"));
    fields.put("category", g.getCategory() == null ? null : g.getCategory().getSlug());
    fields.put("quantity", Integer.toString(g.getQuantity()));
    // Immutable maps refuse to look up null, and a gift may name no person or country.
    fields.put(
        "giver", slugOf(g.getGiverPersonId() == null ? null : persons.get(g.getGiverPersonId())));
    fields.put(
        "giverCountry",
        codeOf(g.getGiverCountryId() == null ? null : countries.get(g.getGiverCountryId())));
    fields.put(
        "recipient",
        slugOf(g.getRecipientPersonId() == null ? null : persons.get(g.getRecipientPersonId())));
    fields.put(
        "recipientCountry",
        codeOf(
            g.getRecipientCountryId() == null ? null : countries.get(g.getRecipientCountryId())));
    SummitView summit = g.getSummitId() == null ? null : occasions.get(g.getSummitId());
    fields.put("summit", summit == null ? null : summit.slug());
    fields.put("occasion", g.getOccasion());
    fields.put("date", g.getGiven() == null ? null : g.getGiven().edtf());
    fields.put(
        "valueAmount", g.getValueAmount() == null ? null : g.getValueAmount().toPlainString());
    fields.put("valueCurrency", g.getValueCurrency());
    fields.put("valueNote", g.getValueNote());
    fields.put("whereabouts", g.getWhereabouts());
    fields.put("sources", citedLines);
    fields.put("citations", citationLines);
    fields.put("claims", claimLines);
    return FieldKind.canonical(JOURNAL_FIELDS, fields);
  }

  private static String slugOf(PersonView person) {
    return person == null ? null : person.slug();
  }

  private static String codeOf(CountryView country) {
    return country == null ? null : country.code();
  }

  @Transactional
  public Long ensureCategory(String slug, String name) {
    return em.createNamedQuery(GiftCategory.BY_SLUG, GiftCategory.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              GiftCategory category = new GiftCategory(slug, name);
              em.persist(category);
              // Others refer to this row by id alone, which JPA cannot order inserts by: write it
              // now.
              em.flush();
              return category;
            })
        .getId();
  }

  private static GiftView view(Gift g) {
    return new GiftView(
        g.getId(),
        g.getSlug(),
        g.getTitle(),
        g.getDescription(),
        g.getCategory() == null ? null : view(g.getCategory()),
        g.getQuantity(),
        g.getGiverPersonId(),
        g.getGiverCountryId(),
        g.getRecipientPersonId(),
        g.getRecipientCountryId(),
        g.getSummitId(),
        g.getOccasion(),
        g.getGiven() == null ? null : Edtf.parse(g.getGiven().edtf()),
        g.getValueAmount(),
        g.getValueCurrency(),
        g.getValueNote(),
        g.getWhereabouts());
  }

  private static CategoryView view(GiftCategory c) {
    return new CategoryView(c.getId(), c.getSlug(), c.getName());
  }
}
