package org.summitry.gifts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A term of the gift vocabulary (vehicle, ceremonial arms, animal, ...) that curators extend. */
@Entity
@Table(name = "gift_category")
@NamedQuery(
    name = GiftCategory.BY_SLUG,
    query = "SELECT c FROM GiftCategory c WHERE c.slug = :slug")
@NamedQuery(name = GiftCategory.ALL, query = "SELECT c FROM GiftCategory c ORDER BY c.name")
public class GiftCategory {

  public static final String BY_SLUG = "GiftCategory.bySlug";
  public static final String ALL = "GiftCategory.all";

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Version private long version;

  protected GiftCategory() {}

  public GiftCategory(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
