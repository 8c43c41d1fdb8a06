package org.summitry.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.summitry.journal.boundary.Entry;

/**
 * A person who gives, receives or attends: a head of state, an adviser, a president. Besides the
 * name in English, the name in the person's own script (김정은, Владимир Путин) and every alias a
 * source may use (Kim Jong-un, Ким Чен Ын), so that each of them finds the person.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_SLUG, query = "SELECT p FROM Person p WHERE p.slug = :slug")
@NamedQuery(name = Person.BY_IDS, query = "SELECT p FROM Person p WHERE p.id IN :ids")
@NamedQuery(
    name = Person.PUBLISHED_BY_NAME,
    query =
        "SELECT p FROM Person p WHERE p.published = TRUE AND p.deletedAt IS NULL ORDER BY p.name, p.id")
@NamedQuery(
    name = Person.COUNT_PUBLISHED,
    query = "SELECT COUNT(p) FROM Person p WHERE p.published = TRUE AND p.deletedAt IS NULL")
@NamedQuery(
    name = Person.BY_COUNTRY,
    query =
        "SELECT p FROM Person p WHERE p.published = TRUE AND p.deletedAt IS NULL AND p.country.id = :countryId ORDER BY p.name")
public class Person extends Entry {

  public static final String BY_SLUG = "Person.bySlug";
  public static final String BY_IDS = "Person.byIds";
  public static final String PUBLISHED_BY_NAME = "Person.publishedByName";
  public static final String COUNT_PUBLISHED = "Person.countPublished";
  public static final String BY_COUNTRY = "Person.byCountry";

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "native_name", length = 300)
  private String nativeName;

  @Column(length = 500)
  private String title;

  // Lists of people read the countries of all of them in one IN query, not one query each.
  @ManyToOne
  @BatchFetch(BatchFetchType.IN)
  @JoinColumn(name = "country_id")
  private Country country;

  @Column(length = 20000)
  private String biography;

  // Lists of people read every person's aliases: one IN query for all of them, not one each.
  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
  @OrderColumn(name = "position")
  @Column(name = "alias", nullable = false, length = 300)
  private List<String> aliases = new ArrayList<>();

  @Column(name = "wikidata_id", length = 20)
  private String wikidataId;

  protected Person() {}

  public Person(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNativeName() {
    return nativeName;
  }

  public void setNativeName(String nativeName) {
    this.nativeName = nativeName;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Country getCountry() {
    return country;
  }

  public void setCountry(Country country) {
    this.country = country;
  }

  public String getBiography() {
    return biography;
  }

  public void setBiography(String biography) {
    this.biography = biography;
  }

  public List<String> getAliases() {
    return List.copyOf(aliases);
  }

  public void setAliases(List<String> aliases) {
    this.aliases.clear();
    aliases.stream()
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .distinct()
        .forEach(this.aliases::add);
  }

  /** The person's Wikidata item ("Q7747"), or null. */
  public String getWikidataId() {
    return wikidataId;
  }

  public void setWikidataId(String wikidataId) {
    this.wikidataId = wikidataId;
  }
}
