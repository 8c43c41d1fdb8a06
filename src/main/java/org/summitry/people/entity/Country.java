package org.summitry.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import org.summitry.journal.boundary.Entry;
import org.summitry.kernel.Refusal;

/** A state, named by its ISO 3166-1 alpha-2 code ("KP", "RU"), which is also its URL. */
@Entity
@Table(name = "country")
@NamedQuery(name = Country.BY_CODE, query = "SELECT c FROM Country c WHERE c.code = :code")
@NamedQuery(
    name = Country.ALL_PUBLISHED,
    query =
        "SELECT c FROM Country c WHERE c.published = TRUE AND c.deletedAt IS NULL ORDER BY c.name")
public class Country extends Entry {

  public static final String BY_CODE = "Country.byCode";
  public static final String ALL_PUBLISHED = "Country.allPublished";

  @Column(nullable = false, length = 2)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "wikidata_id", length = 20)
  private String wikidataId;

  protected Country() {}

  public Country(String code, String name) {
    this.code = normalizeCode(code);
    this.name = name;
  }

  /** Upper-case two-letter code, or an exception a form can show. */
  public static String normalizeCode(String code) {
    String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{2}")) {
      throw new Refusal("refusal.country.code");
    }
    return upper;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The country's Wikidata item ("Q423"), or null. */
  public String getWikidataId() {
    return wikidataId;
  }

  public void setWikidataId(String wikidataId) {
    this.wikidataId = wikidataId;
  }
}
