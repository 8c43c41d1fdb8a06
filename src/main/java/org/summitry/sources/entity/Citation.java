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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.summitry.kernel.EntryType;

/** An entry of another component (a summit, gift or photo) citing a source, in a chosen order. */
@Entity
@Table(name = "citation")
@NamedQuery(
    name = Citation.FOR_ENTRY,
    query =
        "SELECT c FROM Citation c JOIN FETCH c.source WHERE c.entryType = :type"
            + " AND c.entryId = :id AND c.source.published = TRUE AND c.source.deletedAt IS NULL ORDER BY c.position")
@NamedQuery(
    name = Citation.COUNT_FOR_ENTRY,
    query = "SELECT COUNT(c) FROM Citation c WHERE c.entryType = :type AND c.entryId = :id")
public class Citation {

  public static final String FOR_ENTRY = "Citation.forEntry";
  public static final String COUNT_FOR_ENTRY = "Citation.countForEntry";

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "source_id")
  private Source source;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, length = 20)
  private EntryType entryType;

  @Column(name = "entry_id", nullable = false)
  private Long entryId;

  @Column(nullable = false)
  private int position;

  @Column(length = 1000)
  private String note;

  @Column(length = 100)
  private String page;

  @Column(length = 2000)
  private String quote;

  @Column(name = "accessed_on")
  private LocalDate accessedOn;

  protected Citation() {}

  public Citation(Source source, EntryType entryType, Long entryId, int position, String note) {
    this(source, entryType, entryId, position, null, null, note, null);
  }

  /**
   * @param page where in the source (a page, a section, a minute), as the curator writes it
   * @param quote the source's words the entry rests on
   * @param accessedOn the day the curator read the source online
   */
  public Citation(
      Source source,
      EntryType entryType,
      Long entryId,
      int position,
      String page,
      String quote,
      String note,
      LocalDate accessedOn) {
    this.source = source;
    this.entryType = entryType;
    this.entryId = entryId;
    this.position = position;
    this.page = page;
    this.quote = quote;
    this.note = note;
    this.accessedOn = accessedOn;
  }

  public Source getSource() {
    return source;
  }

  public EntryType getEntryType() {
    return entryType;
  }

  public Long getEntryId() {
    return entryId;
  }

  public String getNote() {
    return note;
  }

  public String getPage() {
    return page;
  }

  public String getQuote() {
    return quote;
  }

  public LocalDate getAccessedOn() {
    return accessedOn;
  }
}
