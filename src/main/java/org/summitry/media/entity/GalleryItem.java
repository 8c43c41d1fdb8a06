package org.summitry.media.entity;

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
import org.summitry.kernel.EntryType;

/** A photo's place in the gallery of a summit or a gift; curators choose the order. */
@Entity
@Table(name = "gallery_item")
@NamedQuery(
    name = GalleryItem.OF_ENTRY,
    query =
        "SELECT i FROM GalleryItem i JOIN FETCH i.photo WHERE i.entryType = :type"
            + " AND i.entryId = :id AND i.photo.published = TRUE AND i.photo.deletedAt IS NULL ORDER BY i.position")
@NamedQuery(
    name = GalleryItem.OF_PHOTO,
    query = "SELECT i FROM GalleryItem i WHERE i.photo.id = :photoId ORDER BY i.id")
@NamedQuery(
    name = GalleryItem.COUNT_OF_ENTRY,
    query = "SELECT COUNT(i) FROM GalleryItem i WHERE i.entryType = :type AND i.entryId = :id")
public class GalleryItem {

  public static final String OF_ENTRY = "GalleryItem.ofEntry";
  public static final String OF_PHOTO = "GalleryItem.ofPhoto";
  public static final String COUNT_OF_ENTRY = "GalleryItem.countOfEntry";

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "photo_id")
  private Photo photo;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, length = 20)
  private EntryType entryType;

  @Column(name = "entry_id", nullable = false)
  private Long entryId;

  @Column(nullable = false)
  private int position;

  protected GalleryItem() {}

  public GalleryItem(Photo photo, EntryType entryType, Long entryId, int position) {
    this.photo = photo;
    this.entryType = entryType;
    this.entryId = entryId;
    this.position = position;
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Photo getPhoto() {
    return photo;
  }

  public EntryType getEntryType() {
    return entryType;
  }

  public Long getEntryId() {
    return entryId;
  }
}
