package org.summitry.journal.boundary;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.summitry.kernel.EntryState;

/**
 * What every entry of the archive has: an id from the one shared sequence, whether the public may
 * see it, an optimistic-lock version, and when it was created and last changed.
 */
@MappedSuperclass
public abstract class Entry {

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @Column(nullable = false)
  private boolean published = true;

  @Version private long version;

  /** When the entry was moved to the trash; null while it is not in the trash. */
  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @PrePersist
  void beforeInsert() {
    createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedAt = createdAt;
  }

  @PreUpdate
  void beforeUpdate() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  /** Whether visitors may see the entry: published and not in the trash. */
  public boolean isPublic() {
    return published && deletedAt == null;
  }

  public OffsetDateTime getDeletedAt() {
    return deletedAt;
  }

  public boolean isTrashed() {
    return deletedAt != null;
  }

  public void moveToTrash() {
    deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void restoreFromTrash() {
    deletedAt = null;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** Where the entry stands in the workflow, as forms carry it between requests. */
  public EntryState state() {
    return new EntryState(id, version, published, deletedAt, updatedAt);
  }
}
