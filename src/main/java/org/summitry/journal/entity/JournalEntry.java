package org.summitry.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change to one entry: what happened, to which entry, who did it, when, and the entry's
 * editable fields as they were right after (a JSON object of strings). Rows are only ever appended;
 * ids grow with time, so they order the history.
 */
@Entity
@Table(name = "journal")
@NamedQuery(
    name = JournalEntry.OF_ENTRY,
    query =
        "SELECT j FROM JournalEntry j WHERE j.entryType = :type AND j.entryId = :id"
            + " ORDER BY j.id DESC")
@NamedQuery(name = JournalEntry.RECENT, query = "SELECT j FROM JournalEntry j ORDER BY j.id DESC")
@NamedQuery(name = JournalEntry.COUNT, query = "SELECT COUNT(j) FROM JournalEntry j")
public class JournalEntry {

  public static final String OF_ENTRY = "JournalEntry.ofEntry";
  public static final String RECENT = "JournalEntry.recent";
  public static final String COUNT = "JournalEntry.count";

  @Id
  @SequenceGenerator(name = "journal_seq", sequenceName = "journal_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_seq")
  private Long id;

  @Column(name = "entry_type", nullable = false, length = 20)
  private String entryType;

  @Column(name = "entry_id", nullable = false)
  private Long entryId;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false, length = 500)
  private String label;

  @Column(length = 200000)
  private String snapshot;

  @Column(length = 4000)
  private String note;

  protected JournalEntry() {}

  public JournalEntry(
      String entryType,
      Long entryId,
      String action,
      String actor,
      OffsetDateTime at,
      String label,
      String snapshot) {
    this.entryType = entryType;
    this.entryId = entryId;
    this.action = action;
    this.actor = actor;
    this.at = at;
    this.label = label;
    this.snapshot = snapshot;
  }

  /** A row that also notes what the change did beyond the entry's fields (see {@link #getNote}). */
  public JournalEntry(
      String entryType,
      Long entryId,
      String action,
      String actor,
      OffsetDateTime at,
      String label,
      String snapshot,
      String note) {
    this(entryType, entryId, action, actor, at, label, snapshot);
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  /**
   * Gives a new row an id taken from {@code journal_seq} beforehand (rows appended together take
   * theirs in one statement); the sequence then leaves it as it is.
   */
  public void assignId(long id) {
    if (this.id != null) {
      throw new IllegalStateException("The journal row has its id: " + this.id);
    }
    this.id = id;
  }

  public String getEntryType() {
    return entryType;
  }

  public Long getEntryId() {
    return entryId;
  }

  public String getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public OffsetDateTime getAt() {
    return at;
  }

  public String getLabel() {
    return label;
  }

  public String getSnapshot() {
    return snapshot;
  }

  /**
   * What the change did beyond the entry's own fields, a JSON object of strings (a merge: whom it
   * took in and how many links moved), or null.
   */
  public String getNote() {
    return note;
  }
}
