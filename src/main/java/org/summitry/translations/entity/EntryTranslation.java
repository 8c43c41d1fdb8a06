package org.summitry.translations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.summitry.kernel.EntryType;

/**
 * An entry's title and text in one language other than the entry's own; either may be null (a
 * translated title without a translated text, or the reverse).
 */
@Entity
@Table(name = "translation")
public class EntryTranslation {

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, length = 20)
  private EntryType entryType;

  @Column(name = "entry_id", nullable = false)
  private Long entryId;

  @Column(nullable = false, length = 8)
  private String lang;

  @Column(length = 300)
  private String title;

  @Column(length = 20000)
  private String body;

  protected EntryTranslation() {}

  public EntryTranslation(
      EntryType entryType, Long entryId, String lang, String title, String body) {
    this.entryType = entryType;
    this.entryId = entryId;
    this.lang = lang;
    this.title = title;
    this.body = body;
  }

  public Long getId() {
    return id;
  }

  public EntryType getEntryType() {
    return entryType;
  }

  public Long getEntryId() {
    return entryId;
  }

  public String getLang() {
    return lang;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }
}
