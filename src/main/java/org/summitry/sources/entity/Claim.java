package org.summitry.sources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.summitry.kernel.EntryType;
import org.summitry.sources.boundary.Certainty;

/**
 * One fact of an entry (a gift's value, a summit's date) as one source gives it, with how certain
 * it is. {@code stated} is what the source says when it differs from the entry's field; null when
 * it supports the value shown. Of a fact's claims at most one is preferred: the one the field
 * shows.
 */
@Entity
@Table(name = "claim")
public class Claim {

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, length = 20)
  private EntryType entryType;

  @Column(name = "entry_id", nullable = false)
  private Long entryId;

  @Column(nullable = false, length = 20)
  private String fact;

  @ManyToOne(optional = false)
  @JoinColumn(name = "source_id")
  private Source source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Certainty certainty;

  @Column(nullable = false)
  private boolean preferred;

  @Column(length = 500)
  private String stated;

  @Column(length = 1000)
  private String note;

  @Column(nullable = false)
  private int position;

  protected Claim() {}

  public Claim(
      EntryType entryType,
      Long entryId,
      String fact,
      Source source,
      Certainty certainty,
      boolean preferred,
      String stated,
      String note,
      int position) {
    this.entryType = entryType;
    this.entryId = entryId;
    this.fact = fact;
    this.source = source;
    this.certainty = certainty;
    this.preferred = preferred;
    this.stated = stated;
    this.note = note;
    this.position = position;
  }

  public EntryType getEntryType() {
    return entryType;
  }

  public Long getEntryId() {
    return entryId;
  }

  public String getFact() {
    return fact;
  }

  public Source getSource() {
    return source;
  }

  public Certainty getCertainty() {
    return certainty;
  }

  public boolean isPreferred() {
    return preferred;
  }

  public String getStated() {
    return stated;
  }

  public String getNote() {
    return note;
  }

  public int getPosition() {
    return position;
  }
}
