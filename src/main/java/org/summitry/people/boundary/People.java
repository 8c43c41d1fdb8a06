package org.summitry.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;
import org.summitry.people.entity.Country;
import org.summitry.people.entity.Person;

/** Persons and countries: who gives, receives and attends, and the states they act for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class People {

  @PersistenceContext EntityManager em;

  public Optional<PersonView> person(String slug) {
    return em.createNamedQuery(Person.BY_SLUG, Person.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Person::isPublic)
        .findFirst()
        .map(People::view);
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

  /** The published persons among {@code ids}, by id; unknown or unpublished ids are absent. */
  public Map<Long, PersonView> peopleByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Person.BY_IDS, Person.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .filter(Person::isPublic)
        .map(People::view)
        .collect(Collectors.toMap(PersonView::id, Function.identity()));
  }

  public List<PersonView> peopleOf(Long countryId) {
    return em.createNamedQuery(Person.BY_COUNTRY, Person.class)
        .setParameter("countryId", countryId)
        .getResultStream()
        .map(People::view)
        .toList();
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
      return Map.of();
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
    String normalized = Country.normalizeCode(code);
    return em.createNamedQuery(Country.BY_CODE, Country.class)
        .setParameter("code", normalized)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Country country = new Country(normalized, name);
              em.persist(country);
              // Others refer to this row by id alone, which JPA cannot order inserts by: write it
              // now.
              em.flush();
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
    if (draft.countryCode() != null) {
      person.setCountry(
          em.createNamedQuery(Country.BY_CODE, Country.class)
              .setParameter("code", Country.normalizeCode(draft.countryCode()))
              .getSingleResult());
    }
    em.persist(person);
    // Others refer to this row by id alone, which JPA cannot order inserts by: write it now.
    em.flush();
    return person.getId();
  }

  /**
   * Persons by id for the back office: drafts included, trashed ones too (they are named in
   * history).
   */
  public Map<Long, PersonView> anyPeopleByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Person.BY_IDS, Person.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(People::view)
        .collect(Collectors.toMap(PersonView::id, Function.identity()));
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
      return Map.of();
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

  private static PersonView view(Person p) {
    return new PersonView(
        p.getId(),
        p.getSlug(),
        p.getName(),
        p.getNativeName(),
        p.getAliases(),
        p.getTitle(),
        p.getCountry() == null ? null : view(p.getCountry()),
        p.getBiography());
  }

  private static CountryView view(Country c) {
    return new CountryView(c.getId(), c.getCode(), c.getName());
  }
}
