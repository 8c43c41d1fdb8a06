package org.summitry.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
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
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.EntryKind;
import org.summitry.journal.boundary.EntryLifecycle;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.SlugRedirects;
import org.summitry.journal.boundary.TrashedEntry;
import org.summitry.kernel.AdminQuery;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Named;
import org.summitry.kernel.Page;
import org.summitry.kernel.Refusal;
import org.summitry.kernel.Slugs;
import org.summitry.kernel.Text;
import org.summitry.kernel.WikidataId;
import org.summitry.people.control.NameMatching;
import org.summitry.people.entity.Country;
import org.summitry.people.entity.Person;

/** Persons and countries: who gives, receives and attends, and the states they act for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class People {

  @PersistenceContext EntityManager em;

  @Inject Journal journal;

  private static final EntryKind<Person> PERSON =
      EntryKind.of(Person.class, EntryType.PERSON, "person", Person::getName)
          .namedBy("name")
          .addressedBy(Person::getSlug, Person::setSlug)
          .listed(List.of("name", "slug", "nativeName"), Map.of("updated", "updatedAt"), "name");

  private static final EntryKind<Country> COUNTRY =
      EntryKind.of(Country.class, EntryType.COUNTRY, "country", Country::getName)
          .listed(List.of("name", "code"), Map.of("code", "code", "updated", "updatedAt"), "name");

  private EntryLifecycle<Person> personLife() {
    return new EntryLifecycle<>(PERSON, em, journal, People::snapshot);
  }

  private EntryLifecycle<Country> countryLife() {
    return new EntryLifecycle<>(COUNTRY, em, journal, People::snapshot);
  }

  public Optional<PersonView> person(String slug) {
    return em.createNamedQuery(Person.BY_SLUG, Person.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Person::isPublic)
        .findFirst()
        .map(People::view);
  }

  /** Published people of one country, by name. */
  public Page<PersonView> peopleOf(Long countryId, int page, int size) {
    long total =
        em.createQuery(
                "SELECT COUNT(p) FROM Person p WHERE p.published = TRUE AND p.deletedAt IS NULL"
                    + " AND p.country.id = :countryId",
                Long.class)
            .setParameter("countryId", countryId)
            .getSingleResult();
    int number = Page.clamp(page, size, total);
    List<PersonView> items =
        em.createNamedQuery(Person.BY_COUNTRY, Person.class)
            .setParameter("countryId", countryId)
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(People::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  public Page<PersonView> people(int page, int size) {
    long total = countPeople();
    int number = Page.clamp(page, size, total);
    List<PersonView> items =
        em
            .createNamedQuery(Person.PUBLISHED_BY_NAME, Person.class)
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultList()
            .stream()
            .map(People::view)
            .toList();
    return new Page<>(items, number, size, total);
  }

  public long countPeople() {
    return em.createNamedQuery(Person.COUNT_PUBLISHED, Long.class).getSingleResult();
  }

  /**
   * The addresses of public people, by id, from {@code first}, at most {@code max}, in the order of
   * their ids: sitemaps list every entry in such slices.
   */
  public Map<Long, String> publicPersonSlugs(int first, int max) {
    return personLife().publicSlugs(first, max);
  }

  /** The published persons among {@code ids}, by id; unknown or unpublished ids are absent. */
  public Map<Long, PersonView> peopleByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createNamedQuery(Person.BY_IDS, Person.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .filter(Person::isPublic)
        .map(People::view)
        .collect(Collectors.toMap(PersonView::id, Function.identity()));
  }

  /** Published people with ids above {@code afterId}, in id order, for the search index. */
  public List<PersonView> publishedPeopleAfter(long afterId, int limit) {
    return personLife().publishedAfter(afterId, limit, People::view);
  }

  /** Ids of people (in any state) whose entry shows this country's name. */
  public List<Long> peopleIdsOf(Long countryId) {
    return em.createQuery("SELECT p.id FROM Person p WHERE p.country.id = :id", Long.class)
        .setParameter("id", countryId)
        .getResultList();
  }

  /**
   * The id of the country with this code in any state, drafts and the trash included, so that a
   * withdrawn country's address can say so; the caller decides what of it may be told.
   */
  public Optional<Long> countryIdOfAny(String code) {
    return em.createQuery("SELECT x.id FROM Country x WHERE x.code = :code", Long.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<CountryView> country(String code) {
    return em.createNamedQuery(Country.BY_CODE, Country.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(Country::isPublic)
        .findFirst()
        .map(People::view);
  }

  public List<CountryView> countries() {
    return em.createNamedQuery(Country.ALL_PUBLISHED, Country.class)
        .getResultStream()
        .map(People::view)
        .toList();
  }

  public Map<Long, CountryView> countriesByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery("SELECT c FROM Country c WHERE c.id IN :ids", Country.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .filter(Country::isPublic)
        .map(People::view)
        .collect(Collectors.toMap(CountryView::id, Function.identity()));
  }

  /** Records a country unless one with that code exists; returns its id either way. */
  @Transactional
  public Long ensureCountry(String code, String name) {
    return ensureCountry(code, name, null);
  }

  /**
   * Records a country with its Wikidata item unless one with that code exists; returns its id
   * either way.
   */
  @Transactional
  public Long ensureCountry(String code, String name, String wikidataId) {
    String normalized = Country.normalizeCode(code);
    return em.createNamedQuery(Country.BY_CODE, Country.class)
        .setParameter("code", normalized)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Country country = new Country(normalized, name);
              country.setWikidataId(WikidataId.normalize(wikidataId));
              countryLife().save(country, true, Change.CREATED, "system");
              return country;
            })
        .getId();
  }

  /** Records a person unless one with the draft's slug exists; returns the id either way. */
  @Transactional
  public Long ensurePerson(@Valid PersonDraft draft) {
    String slug = draft.slug() == null ? Slugs.fromTitle(draft.name()) : draft.slug();
    Optional<Person> existing =
        em.createNamedQuery(Person.BY_SLUG, Person.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    Person person = new Person(slug, draft.name());
    person.setNativeName(draft.nativeName());
    person.setAliases(draft.aliases() == null ? List.of() : draft.aliases());
    person.setTitle(draft.title());
    person.setBiography(draft.biography());
    person.setWikidataId(WikidataId.normalize(draft.wikidataId()));
    if (draft.countryCode() != null) {
      person.setCountry(
          em.createNamedQuery(Country.BY_CODE, Country.class)
              .setParameter("code", Country.normalizeCode(draft.countryCode()))
              .getSingleResult());
    }
    return personLife().save(person, true, Change.CREATED, "system");
  }

  /**
   * Persons by id for the back office: drafts included, trashed ones too (they are named in
   * history).
   */
  public Map<Long, PersonView> anyPeopleByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createNamedQuery(Person.BY_IDS, Person.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(People::view)
        .collect(Collectors.toMap(PersonView::id, Function.identity()));
  }

  /**
   * Persons by slug as links name them, keyed by the slug asked for: drafts and trashed ones
   * included, since history names them too, and a slug changed since found through its redirect.
   * One query, two more when some slugs are old ones.
   */
  public Map<String, Named> namedPeople(Collection<String> slugs) {
    return personLife().named(slugs);
  }

  /** Countries by code as links name them, in one query, trashed ones included. */
  public Map<String, Named> namedCountries(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery(
            "SELECT NEW org.summitry.kernel.Named(c.id, c.code, c.name) FROM Country c"
                + " WHERE c.code IN :codes",
            Named.class)
        .setParameter("codes", List.copyOf(codes))
        .getResultStream()
        .collect(Collectors.toMap(Named::key, Function.identity(), (a, b) -> a));
  }

  /** A person by slug for the back office, drafts included. */
  public Optional<PersonView> anyPerson(String slug) {
    return em.createNamedQuery(Person.BY_SLUG, Person.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(p -> !p.isTrashed())
        .findFirst()
        .map(People::view);
  }

  /**
   * People not in the trash whose name or address holds {@code text} (any case), by name, at most
   * {@code max}: a picker's suggestions, or its first entries for blank text.
   */
  public List<PersonView> pickablePeople(String text, int max) {
    String holds = Text.likeHolding(text);
    var query =
        em.createQuery(
            "SELECT p FROM Person p WHERE p.deletedAt IS NULL"
                + (holds == null
                    ? ""
                    : " AND (LOWER(p.name) LIKE :holds ESCAPE '!' OR p.slug LIKE :holds ESCAPE '!')")
                + " ORDER BY p.name, p.id",
            Person.class);
    if (holds != null) {
      query.setParameter("holds", holds);
    }
    return query.setMaxResults(max).getResultStream().map(People::view).toList();
  }

  /** The one person not in the trash of exactly this name (any case), if just one has it. */
  public Optional<PersonView> onlyPersonNamed(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    List<Person> named =
        em.createQuery(
                "SELECT p FROM Person p WHERE p.deletedAt IS NULL AND LOWER(p.name) = :name",
                Person.class)
            .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
            .setMaxResults(2)
            .getResultList();
    return named.size() == 1 ? Optional.of(view(named.get(0))) : Optional.empty();
  }

  /** Every person not in the trash, by name, for the back office's pickers. */
  public List<PersonView> pickablePeople() {
    return em.createQuery(
            "SELECT p FROM Person p WHERE p.deletedAt IS NULL ORDER BY p.name, p.id", Person.class)
        .getResultStream()
        .map(People::view)
        .toList();
  }

  /** Every country not in the trash, by name, for the back office's pickers. */
  public List<CountryView> pickableCountries() {
    return em.createQuery(
            "SELECT c FROM Country c WHERE c.deletedAt IS NULL ORDER BY c.name", Country.class)
        .getResultStream()
        .map(People::view)
        .toList();
  }

  public Map<Long, CountryView> anyCountriesByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    return em.createQuery("SELECT c FROM Country c WHERE c.id IN :ids", Country.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(People::view)
        .collect(Collectors.toMap(CountryView::id, Function.identity()));
  }

  public Optional<CountryView> anyCountry(String code) {
    return em.createNamedQuery(Country.BY_CODE, Country.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(c -> !c.isTrashed())
        .findFirst()
        .map(People::view);
  }

  public Optional<Long> countryId(String code) {
    return country(code).map(CountryView::id);
  }

  /** A person as the back office edits them: drafts and trashed persons included. */
  public Optional<PersonEdit> forEditingPerson(Long id) {
    return personLife().forEditing(id, p -> new PersonEdit(view(p), p.state(), snapshot(p)));
  }

  /** A person with their workflow state and their fields as the journal records them. */
  public record PersonEdit(PersonView person, EntryState state, Map<String, String> fields)
      implements EditedEntry {}

  /**
   * Creates ({@code id} null, as a draft) or changes a person and journals the change in the same
   * transaction.
   *
   * @param expectedVersion the version the editor started from; another is an {@link EditConflict}
   * @throws InvalidField when the address is taken by another person or the country is unknown
   */
  @Transactional
  public Long savePerson(
      Long id, Long expectedVersion, @Valid PersonDraft draft, String actor, Change change) {
    EntryLifecycle<Person> life = personLife();
    Person person =
        life.open(
            id,
            expectedVersion,
            draft.slug(),
            draft.name(),
            slug -> new Person(slug, draft.name()));
    fill(person, draft, new HashMap<>());
    return life.save(person, id == null, change, actor);
  }

  /**
   * Records new people together, as drafts or published, each journalled as created (and published)
   * by {@code actor} like {@link #savePerson} and {@link #changePerson} would, in a few batched
   * statements instead of some ten for each: an import's batch. Returns their ids in the drafts'
   * order.
   */
  @Transactional
  public List<Long> createPeople(List<@Valid PersonDraft> drafts, String actor, boolean publish) {
    EntryLifecycle<Person> life = personLife();
    List<String> slugs =
        life.newSlugs(
            drafts.stream().map(PersonDraft::slug).toList(),
            drafts.stream().map(PersonDraft::name).toList());
    Map<String, Country> countries = new HashMap<>();
    List<String> codes =
        drafts.stream()
            .map(PersonDraft::countryCode)
            .filter(code -> code != null && !code.isBlank())
            .map(Country::normalizeCode)
            .distinct()
            .toList();
    if (!codes.isEmpty()) {
      em.createQuery("SELECT c FROM Country c WHERE c.code IN :codes", Country.class)
          .setParameter("codes", codes)
          .getResultStream()
          .forEach(c -> countries.put(c.getCode(), c));
    }
    List<Person> created = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Person person = new Person(slugs.get(i), drafts.get(i).name());
      fill(person, drafts.get(i), countries);
      created.add(person);
    }
    life.createAll(created, publish, actor, () -> {}, persons -> People::snapshot);
    return created.stream().map(Person::getId).toList();
  }

  /** Sets a person's fields from a draft; {@code countries} by code keeps those looked up. */
  private void fill(Person person, PersonDraft draft, Map<String, Country> countries) {
    person.setName(draft.name());
    person.setNativeName(Text.blankToNull(draft.nativeName()));
    person.setAliases(draft.aliases() == null ? List.of() : draft.aliases());
    person.setTitle(Text.blankToNull(draft.title()));
    person.setBiography(Text.blankToNull(draft.biography()));
    person.setWikidataId(WikidataId.normalize(draft.wikidataId()));
    if (draft.countryCode() == null || draft.countryCode().isBlank()) {
      person.setCountry(null);
    } else {
      person.setCountry(
          countries.computeIfAbsent(
              Country.normalizeCode(draft.countryCode()),
              code ->
                  em.createNamedQuery(Country.BY_CODE, Country.class)
                      .setParameter("code", code)
                      .getResultStream()
                      .findFirst()
                      .orElseThrow(() -> new InvalidField("country", "refusal.country.unknown"))));
    }
  }

  /** Publishes, unpublishes, trashes or restores a person, and journals it. */
  @Transactional
  public void changePerson(Long id, Change change, String actor) {
    personLife().change(id, change, actor);
  }

  /**
   * Deletes a trashed person for good; their journal rows stay as the record of who they were.
   *
   * @throws InvalidField ({@code person}) while a gift or a summit still names the person: purging
   *     would silently rewrite those entries
   */
  @Transactional
  public void purgePerson(Long id, String actor) {
    personLife().purge(id, actor, this::refusePurgeWhileNamed);
  }

  private void refusePurgeWhileNamed(Person person) {
    Long id = person.getId();
    long gifts =
        count(
            "SELECT COUNT(*) FROM gift WHERE giver_person_id = ?1 OR recipient_person_id = ?1", id);
    long summits = count("SELECT COUNT(*) FROM summit_participant WHERE person_id = ?1", id);
    if (gifts + summits > 0) {
      throw new InvalidField("person", "refusal.person.named", person.getName(), gifts, summits);
    }
  }

  /**
   * What names each of these persons, in any state: gifts given and received, summits, photo
   * regions. Four statements, whatever the number of persons.
   */
  public Map<Long, PersonLinks> links(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Long> list = List.copyOf(ids);
    Map<Long, Long> given = grouped("gift", "giver_person_id", list);
    Map<Long, Long> received = grouped("gift", "recipient_person_id", list);
    Map<Long, Long> summits = grouped("summit_participant", "person_id", list);
    Map<Long, Long> regions = grouped("photo_region", "person_id", list);
    Map<Long, PersonLinks> links = new LinkedHashMap<>();
    for (Long id : list) {
      links.put(
          id,
          new PersonLinks(
              given.getOrDefault(id, 0L),
              received.getOrDefault(id, 0L),
              summits.getOrDefault(id, 0L),
              regions.getOrDefault(id, 0L)));
    }
    return links;
  }

  // The tables of other components are read here only to count, as a purge's refusal does; they
  // change their own rows when a merge moves them.
  private Map<Long, Long> grouped(String table, String column, List<Long> ids) {
    Map<Long, Long> counts = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 1000));
      String marks = slice.stream().map(id -> "?").collect(Collectors.joining(", "));
      var query =
          em.createNativeQuery(
              "SELECT "
                  + column
                  + ", COUNT(*) FROM "
                  + table
                  + " WHERE "
                  + column
                  + " IN ("
                  + marks
                  + ") GROUP BY "
                  + column);
      for (int i = 0; i < slice.size(); i++) {
        query.setParameter(i + 1, slice.get(i));
      }
      for (Object row : query.getResultList()) {
        Object[] columns = (Object[]) row;
        counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
      }
    }
    return counts;
  }

  /** The pairs found at a journal position, kept until the journal moves on. */
  private record FoundPairs(long position, List<NameMatching.Pair> pairs) {}

  private volatile FoundPairs found = new FoundPairs(-1, List.of());

  /**
   * Persons (not in the trash) who are likely one and the same, strongest likeness first, a page at
   * a time (see {@link NameMatching}). The pairs are found once per change to the archive.
   */
  public Page<LikelyDuplicate> likelyDuplicates(int page, int size) {
    Set<List<Long>> distinct = distinctPairs();
    List<NameMatching.Pair> pairs =
        duplicatePairs().stream()
            .filter(pair -> !distinct.contains(ordered(pair.first(), pair.second())))
            .toList();
    int number = Page.clamp(page, size, pairs.size());
    List<NameMatching.Pair> shown =
        pairs.subList(
            Math.min(pairs.size(), (number - 1) * size), Math.min(pairs.size(), number * size));
    Set<Long> ids = new HashSet<>();
    shown.forEach(
        pair -> {
          ids.add(pair.first());
          ids.add(pair.second());
        });
    Map<Long, PersonView> persons = anyPeopleByIds(ids);
    Map<Long, PersonLinks> links = links(ids);
    List<LikelyDuplicate> items = new ArrayList<>();
    for (NameMatching.Pair pair : shown) {
      PersonView first = persons.get(pair.first());
      PersonView second = persons.get(pair.second());
      if (first == null || second == null) {
        continue;
      }
      PersonLinks firstLinks = links.getOrDefault(pair.first(), PersonLinks.NONE);
      PersonLinks secondLinks = links.getOrDefault(pair.second(), PersonLinks.NONE);
      boolean keepSecond = secondLinks.total() > firstLinks.total();
      items.add(
          keepSecond
              ? new LikelyDuplicate(second, secondLinks, first, firstLinks, pair.likeness())
              : new LikelyDuplicate(first, firstLinks, second, secondLinks, pair.likeness()));
    }
    return new Page<>(items, number, size, pairs.size());
  }

  /**
   * Records that two people are not the same person, so that {@link #likelyDuplicates} no longer
   * proposes them; saying it twice changes nothing.
   *
   * @throws IllegalArgumentException when either person does not exist or both are one
   */
  @Transactional
  public void markDistinct(Long oneId, Long otherId, String actor) {
    if (oneId == null
        || otherId == null
        || oneId.equals(otherId)
        || em.find(Person.class, oneId) == null
        || em.find(Person.class, otherId) == null) {
      throw new IllegalArgumentException("Two existing people are needed");
    }
    List<Long> pair = ordered(oneId, otherId);
    if (distinctPairs().contains(pair)) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO person_distinct (first_id, second_id, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?)")
        .setParameter(1, pair.get(0))
        .setParameter(2, pair.get(1))
        .setParameter(3, actor)
        .setParameter(4, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
        .executeUpdate();
  }

  /** The pairs curators said are two people, each as (lower id, higher id). */
  private Set<List<Long>> distinctPairs() {
    Set<List<Long>> pairs = new HashSet<>();
    for (Object row :
        em.createNativeQuery("SELECT first_id, second_id FROM person_distinct").getResultList()) {
      Object[] ids = (Object[]) row;
      pairs.add(ordered(((Number) ids[0]).longValue(), ((Number) ids[1]).longValue()));
    }
    return pairs;
  }

  private static List<Long> ordered(long a, long b) {
    return a < b ? List.of(a, b) : List.of(b, a);
  }

  private List<NameMatching.Pair> duplicatePairs() {
    long position = journal.latestId();
    FoundPairs known = found;
    if (known.position() == position) {
      return known.pairs();
    }
    Map<Long, NameMatching.Names> names = new LinkedHashMap<>();
    em.createQuery(
            "SELECT p.id, p.name, p.nativeName FROM Person p WHERE p.deletedAt IS NULL"
                + " ORDER BY p.id",
            Object[].class)
        .getResultStream()
        .forEach(
            row -> {
              List<String> others = new ArrayList<>();
              if (row[2] != null) {
                others.add((String) row[2]);
              }
              Long id = (Long) row[0];
              names.put(id, new NameMatching.Names(id, (String) row[1], others));
            });
    for (Object row :
        em.createNativeQuery(
                "SELECT a.person_id, a.alias FROM person_alias a JOIN person p"
                    + " ON p.id = a.person_id WHERE p.deleted_at IS NULL")
            .getResultList()) {
      Object[] columns = (Object[]) row;
      NameMatching.Names person = names.get(((Number) columns[0]).longValue());
      if (person != null) {
        person.others().add((String) columns[1]);
      }
    }
    List<NameMatching.Pair> pairs = NameMatching.pairs(List.copyOf(names.values()));
    found = new FoundPairs(position, pairs);
    return pairs;
  }

  /**
   * Checks, before anything moves, that {@code mergedId} may be merged into {@code keptId}: two
   * different persons, neither in the trash, both as the curator saw them.
   *
   * @throws EditConflict when either person changed since the versions given
   * @throws InvalidField ({@code into}) for a person merged into themselves or into the trash
   * @throws IllegalArgumentException when either person does not exist
   */
  public void requireMergeable(Long mergedId, Long mergedVersion, Long keptId, Long keptVersion) {
    if (mergedId.equals(keptId)) {
      throw new InvalidField("into", "refusal.merge.self");
    }
    EntryLifecycle<Person> life = personLife();
    Person merged = life.edit(mergedId, mergedVersion);
    Person kept = life.edit(keptId, keptVersion);
    if (kept.isTrashed() || merged.isTrashed()) {
      throw new InvalidField("into", "refusal.merge.trashed");
    }
  }

  /**
   * Merges one person into another in the caller's transaction, once the other components have
   * moved their links (gifts, summits, photo regions) to the kept person: the merged person's name,
   * native name and aliases become the kept one's aliases, the kept one's empty fields take the
   * merged one's values, the merged one's addresses (and those that already led to them) lead to
   * the kept one, and the merged person is deleted for good. Both journals record it: the kept
   * person's row ({@link Change#MERGED}) notes whom it took in and {@code moved}, the merged one's
   * ({@link Change#MERGED_INTO}) whom they went into, with their last fields.
   *
   * @param moved what moved, by name ("gifts", "summits", "regions"), as counts
   * @throws EditConflict when either person changed since the versions the curator saw
   * @throws InvalidField ({@code into}) for a person merged into themselves or into the trash
   */
  @Transactional
  public void mergePerson(
      Long mergedId,
      Long mergedVersion,
      Long keptId,
      Long keptVersion,
      String actor,
      Map<String, String> moved) {
    EntryLifecycle<Person> life = personLife();
    requireMergeable(mergedId, mergedVersion, keptId, keptVersion);
    Person merged = life.find(mergedId);
    Person kept = life.find(keptId);
    List<String> aliases = new ArrayList<>(kept.getAliases());
    aliases.add(merged.getName());
    if (merged.getNativeName() != null
        && kept.getNativeName() != null
        && !merged.getNativeName().equals(kept.getNativeName())) {
      aliases.add(merged.getNativeName());
    }
    aliases.addAll(merged.getAliases());
    aliases.removeIf(
        alias ->
            alias.strip().equals(kept.getName().strip())
                || alias.strip().equals(kept.getNativeName()));
    kept.setAliases(aliases);
    if (kept.getNativeName() == null) {
      kept.setNativeName(merged.getNativeName());
    }
    if (kept.getTitle() == null) {
      kept.setTitle(merged.getTitle());
    }
    if (kept.getCountry() == null) {
      kept.setCountry(merged.getCountry());
    }
    if (kept.getBiography() == null) {
      kept.setBiography(merged.getBiography());
    }
    if (kept.getWikidataId() == null) {
      kept.setWikidataId(merged.getWikidataId());
    }
    em.createNativeQuery(
            "UPDATE slug_redirect SET entry_id = ?1 WHERE entry_type = ?2 AND entry_id = ?3")
        .setParameter(1, keptId)
        .setParameter(2, EntryType.PERSON.name())
        .setParameter(3, mergedId)
        .executeUpdate();
    SlugRedirects.remember(em, EntryType.PERSON, merged.getSlug(), keptId);
    life.write(kept, false);
    Map<String, String> took = new LinkedHashMap<>();
    took.put("person", merged.getSlug());
    took.put("name", merged.getName());
    took.putAll(moved);
    journal.record(
        EntryType.PERSON.name(),
        keptId,
        Change.MERGED,
        actor,
        kept.getName(),
        snapshot(kept),
        took);
    journal.record(
        EntryType.PERSON.name(),
        mergedId,
        Change.MERGED_INTO,
        actor,
        merged.getName(),
        snapshot(merged),
        Map.of("person", kept.getSlug(), "name", kept.getName(), "id", keptId.toString()));
    em.remove(merged);
    em.flush();
  }

  /** The back office's list of persons: drafts and published (not the trash), searched, sorted. */
  /** The names and ids of the most recently changed draft persons, for the dashboard. */
  public List<PersonView> draftPeople(int howMany) {
    return personLife().drafts(howMany, People::view);
  }

  public Page<PersonEdit> adminPeople(AdminQuery query) {
    return personLife().adminList(query, People::listed);
  }

  /** The ids of every person the back office's list shows for this search, on all its pages. */
  public List<Long> adminPersonIds(AdminQuery query) {
    return personLife().adminIds(query);
  }

  /** The ids of the people in the trash. */
  public List<Long> trashedPersonIds() {
    return personLife().trashIds();
  }

  /**
   * Persons in the trash, most recently trashed first, from {@code first}, at most {@code max}, for
   * the one trash page.
   */
  public List<TrashedEntry> trashedPeople(int first, int max) {
    return personLife().trashed(first, max);
  }

  /** How many persons are in the trash. */
  public long countTrashedPeople() {
    return personLife().countTrashed();
  }

  private static PersonEdit listed(Person p) {
    return new PersonEdit(view(p), p.state(), Map.of());
  }

  /**
   * The id of the person at this address in any state, drafts and the trash included, so that a
   * withdrawn person's address can say so; the caller decides what of it may be told.
   */
  public Optional<Long> personIdOfAny(String slug) {
    return personLife().idOfAny(slug);
  }

  /** The current slug of the published person an old address pointed to, if any. */
  public Optional<String> personRedirect(String oldSlug) {
    return personLife().redirect(oldSlug);
  }

  /** A country as the back office edits it: drafts and trashed countries included. */
  public Optional<CountryEdit> forEditingCountry(Long id) {
    return countryLife().forEditing(id, c -> new CountryEdit(view(c), c.state(), snapshot(c)));
  }

  /** A country with its workflow state and its fields as the journal records them. */
  public record CountryEdit(CountryView country, EntryState state, Map<String, String> fields)
      implements EditedEntry {}

  /**
   * Creates ({@code id} null, as a draft) or renames a country and journals the change in the same
   * transaction. The code is set once: it is the country's public address and what other entries'
   * snapshots name it by.
   *
   * @throws InvalidField when another country has the code, or the code of an existing country
   *     would change
   */
  @Transactional
  public Long saveCountry(
      Long id, Long expectedVersion, @Valid CountryDraft draft, String actor, Change change) {
    String code;
    try {
      code = Country.normalizeCode(draft.code());
    } catch (Refusal invalid) {
      throw new InvalidField("code", invalid);
    }
    EntryLifecycle<Country> life = countryLife();
    Country country = life.open(id, expectedVersion, () -> newCountry(code, draft.name()));
    if (!code.equals(country.getCode())) {
      throw new InvalidField("code", "refusal.country.codeFixed", country.getCode());
    }
    country.setName(draft.name());
    country.setWikidataId(WikidataId.normalize(draft.wikidataId()));
    return life.save(country, id == null, change, actor);
  }

  private Country newCountry(String code, String name) {
    if (em.createNamedQuery(Country.BY_CODE, Country.class)
        .setParameter("code", code)
        .getResultStream()
        .findAny()
        .isPresent()) {
      throw new InvalidField("code", "refusal.country.codeTaken", code);
    }
    return new Country(code, name);
  }

  /** Publishes, unpublishes, trashes or restores a country, and journals it. */
  @Transactional
  public void changeCountry(Long id, Change change, String actor) {
    countryLife().change(id, change, actor);
  }

  /**
   * Deletes a trashed country for good.
   *
   * @throws InvalidField ({@code country}) while persons, summits or gifts still name it
   */
  @Transactional
  public void purgeCountry(Long id, String actor) {
    countryLife().purge(id, actor, this::refusePurgeWhileNamed);
  }

  private void refusePurgeWhileNamed(Country country) {
    Long id = country.getId();
    long persons = count("SELECT COUNT(*) FROM person WHERE country_id = ?1", id);
    long summits = count("SELECT COUNT(*) FROM summit WHERE country_id = ?1", id);
    long gifts =
        count(
            "SELECT COUNT(*) FROM gift WHERE giver_country_id = ?1 OR recipient_country_id = ?1",
            id);
    if (persons + summits + gifts > 0) {
      throw new InvalidField(
          "country", "refusal.country.named", country.getName(), persons, summits, gifts);
    }
  }

  /** The back office's list of countries: drafts and published (not the trash). */
  public Page<CountryEdit> adminCountries(AdminQuery query) {
    return countryLife().adminList(query, People::listed);
  }

  /** The ids of every country the back office's list shows for this search, on all its pages. */
  public List<Long> adminCountryIds(AdminQuery query) {
    return countryLife().adminIds(query);
  }

  /** The ids of the countries in the trash. */
  public List<Long> trashedCountryIds() {
    return countryLife().trashIds();
  }

  /** Countries in the trash, most recently trashed first: an import tells their names apart. */
  public List<CountryEdit> allTrashedCountries() {
    return countryLife().trash(People::listed);
  }

  /**
   * Countries in the trash, most recently trashed first, from {@code first}, at most {@code max},
   * for the one trash page.
   */
  public List<TrashedEntry> trashedCountries(int first, int max) {
    return countryLife().trashed(first, max);
  }

  /** How many countries are in the trash. */
  public long countTrashedCountries() {
    return countryLife().countTrashed();
  }

  private static CountryEdit listed(Country c) {
    return new CountryEdit(view(c), c.state(), Map.of());
  }

  private long count(String sql, Long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }

  /** "1 gift", "3 gifts", or nothing for none. */
  /**
   * The fields of a person as the journal keeps them: the country by its code, aliases one a line,
   * the same names and shapes as the back office's form.
   */
  /** What each field of a person's journal snapshot holds. */
  public static final Map<String, FieldKind> PERSON_FIELDS =
      Map.of(
          "name", FieldKind.TEXT,
          "slug", FieldKind.TEXT,
          "nativeName", FieldKind.TEXT,
          "aliases", FieldKind.LINES,
          "title", FieldKind.TEXT,
          "country", FieldKind.COUNTRY,
          "biography", FieldKind.TEXT,
          "wikidata", FieldKind.CODE);

  /** What each field of a country's journal snapshot holds. */
  public static final Map<String, FieldKind> COUNTRY_FIELDS =
      Map.of("code", FieldKind.CODE, "name", FieldKind.TEXT, "wikidata", FieldKind.CODE);

  static Map<String, String> snapshot(Person p) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", p.getName());
    fields.put("slug", p.getSlug());
    fields.put("nativeName", p.getNativeName());
    fields.put("aliases", String.join("\n", p.getAliases()));
    fields.put("title", p.getTitle());
    fields.put("country", p.getCountry() == null ? null : p.getCountry().getCode());
    fields.put("biography", p.getBiography());
    fields.put("wikidata", p.getWikidataId());
    return FieldKind.canonical(PERSON_FIELDS, fields);
  }

  static Map<String, String> snapshot(Country c) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", c.getCode());
    fields.put("name", c.getName());
    fields.put("wikidata", c.getWikidataId());
    return FieldKind.canonical(COUNTRY_FIELDS, fields);
  }

  private static PersonView view(Person p) {
    return new PersonView(
        p.getId(),
        p.getSlug(),
        p.getName(),
        p.getNativeName(),
        p.getAliases(),
        p.getTitle(),
        p.getCountry() == null ? null : view(p.getCountry()),
        p.getBiography(),
        p.getWikidataId());
  }

  private static CountryView view(Country c) {
    return new CountryView(c.getId(), c.getCode(), c.getName(), c.getWikidataId());
  }
}
