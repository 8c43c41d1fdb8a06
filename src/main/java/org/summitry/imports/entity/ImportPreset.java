package org.summitry.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A mapping of columns to gift fields that curators saved under a name, to reuse next time. */
@Entity
@Table(name = "import_preset")
@NamedQuery(name = ImportPreset.ALL, query = "SELECT p FROM ImportPreset p ORDER BY p.name")
@NamedQuery(
    name = ImportPreset.BY_NAME,
    query = "SELECT p FROM ImportPreset p WHERE p.name = :name")
public class ImportPreset {

  public static final String ALL = "ImportPreset.all";
  public static final String BY_NAME = "ImportPreset.byName";

  @Id
  @SequenceGenerator(name = "import_seq", sequenceName = "import_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 20000)
  private String mapping;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected ImportPreset() {}

  public ImportPreset(String name, String mapping, String createdBy) {
    this.name = name;
    this.mapping = mapping;
    this.createdBy = createdBy;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  public void setMapping(String mapping) {
    this.mapping = mapping;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getMapping() {
    return mapping;
  }
}
