package org.summitry.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.summitry.kernel.Refusal;

/**
 * Who or what a photo shows, and where: a rectangle of the picture tagged with exactly one person
 * or one gift. The rectangle is in pixels of the picture as pages show it, upright, so it lies
 * within the photo's recorded width and height (which are already those of the upright picture).
 */
@Entity
@Table(name = "photo_region")
@NamedQuery(
    name = PhotoRegion.OF_PHOTO,
    query = "SELECT r FROM PhotoRegion r WHERE r.photo.id = :photoId ORDER BY r.x, r.y, r.id")
@NamedQuery(
    name = PhotoRegion.OF_PHOTOS,
    query = "SELECT r FROM PhotoRegion r WHERE r.photo.id IN :photoIds ORDER BY r.x, r.y, r.id")
@NamedQuery(
    name = PhotoRegion.PHOTOS_OF_PERSON,
    query =
        "SELECT DISTINCT r.photo FROM PhotoRegion r WHERE r.personId = :personId"
            + " AND r.photo.published = TRUE AND r.photo.deletedAt IS NULL")
public class PhotoRegion {

  public static final String OF_PHOTO = "PhotoRegion.ofPhoto";
  public static final String OF_PHOTOS = "PhotoRegion.ofPhotos";
  public static final String PHOTOS_OF_PERSON = "PhotoRegion.photosOfPerson";

  @Id
  @SequenceGenerator(name = "summitry_seq", sequenceName = "summitry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summitry_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "photo_id")
  private Photo photo;

  @Column(nullable = false)
  private int x;

  @Column(nullable = false)
  private int y;

  @Column(nullable = false)
  private int w;

  @Column(nullable = false)
  private int h;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "gift_id")
  private Long giftId;

  @Column(length = 200)
  private String label;

  protected PhotoRegion() {}

  /**
   * A region of {@code photo}.
   *
   * @throws IllegalArgumentException when the rectangle is empty or leaves the picture, or when it
   *     is tagged with both or neither of a person and a gift
   */
  public PhotoRegion(
      Photo photo, int x, int y, int w, int h, Long personId, Long giftId, String label) {
    if ((personId == null) == (giftId == null)) {
      throw new Refusal("refusal.region.what");
    }
    if (w <= 0 || h <= 0) {
      throw new Refusal("refusal.region.empty");
    }
    if (x < 0 || y < 0 || (long) x + w > photo.getWidth() || (long) y + h > photo.getHeight()) {
      throw new Refusal("refusal.region.outside", photo.getWidth(), photo.getHeight());
    }
    this.photo = photo;
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
    this.personId = personId;
    this.giftId = giftId;
    this.label = label;
  }

  /**
   * Shows another person in the same rectangle: two records of one person merged into one.
   *
   * @throws IllegalStateException for a region that shows a gift
   */
  public void showPerson(Long personId) {
    if (this.personId == null || personId == null) {
      throw new IllegalStateException("Only a region that shows a person can show another.");
    }
    this.personId = personId;
  }

  public Long getId() {
    return id;
  }

  public Photo getPhoto() {
    return photo;
  }

  public int getX() {
    return x;
  }

  public int getY() {
    return y;
  }

  public int getW() {
    return w;
  }

  public int getH() {
    return h;
  }

  public Long getPersonId() {
    return personId;
  }

  public Long getGiftId() {
    return giftId;
  }

  public String getLabel() {
    return label;
  }
}
