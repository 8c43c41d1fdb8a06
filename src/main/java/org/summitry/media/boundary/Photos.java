package org.summitry.media.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.summitry.kernel.DateSpec;
import org.summitry.kernel.Edtf;
import org.summitry.kernel.EntryType;
import org.summitry.media.control.ImageInfo;
import org.summitry.media.control.PhotoStore;
import org.summitry.media.entity.GalleryItem;
import org.summitry.media.entity.Photo;

/** Photos and galleries: the pictures of summits and gifts, with their captions and credits. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Photos {

  @PersistenceContext EntityManager em;

  @Inject PhotoStore store;

  @Resource TransactionSynchronizationRegistry transactions;

  public Optional<PhotoView> photo(Long id) {
    return Optional.ofNullable(em.find(Photo.class, id)).filter(Photo::isPublic).map(Photos::view);
  }

  /** The published photos in the gallery of an entry, in the curator's order. */
  public List<PhotoView> gallery(EntryType type, Long entryId) {
    return em.createNamedQuery(GalleryItem.OF_ENTRY, GalleryItem.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultStream()
        .map(item -> view(item.getPhoto()))
        .toList();
  }

  /** The galleries a photo appears in, so its page can link back to them. */
  public List<GalleryPlace> galleriesOf(Long photoId) {
    return em.createNamedQuery(GalleryItem.OF_PHOTO, GalleryItem.class)
        .setParameter("photoId", photoId)
        .getResultStream()
        .map(item -> new GalleryPlace(item.getEntryType(), item.getEntryId()))
        .toList();
  }

  /** The stored file with this digest and its media type, if the photo is public. */
  public Optional<StoredFile> file(String sha256) {
    return em.createNamedQuery(Photo.BY_SHA256, Photo.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .filter(Photo::isPublic)
        .findFirst()
        .flatMap(
            photo -> store.file(sha256).map(path -> new StoredFile(path, photo.getMediaType())));
  }

  /** A photo file on disk and its media type. */
  public record StoredFile(Path path, String mediaType) {}

  /**
   * Stores a picture and adds it to the end of an entry's gallery. The same bytes stored again give
   * the existing photo, so nothing is duplicated. The file reaches its place only if the
   * transaction commits.
   */
  @Transactional
  public Long add(byte[] content, @Valid PhotoDraft draft, EntryType type, Long entryId) {
    ImageInfo info = ImageInfo.of(content).requireAtMost(ImageInfo.DEFAULT_MAX_PIXELS);
    String sha256 = PhotoStore.sha256(content);
    Photo photo =
        em.createNamedQuery(Photo.BY_SHA256, Photo.class)
            .setParameter("sha256", sha256)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (photo == null) {
      photo = new Photo(sha256, info.mediaType(), content.length, info.width(), info.height());
      photo.setCaption(draft.caption());
      photo.setHeadline(draft.headline());
      photo.setCreditLine(draft.creditLine());
      photo.setCreator(draft.creator());
      photo.setAgency(draft.agency());
      photo.setTaken(DateSpec.of(draft.taken()));
      photo.setLocation(draft.sublocation(), draft.city(), draft.countryName());
      photo.setCopyrightNotice(draft.copyrightNotice());
      photo.setLicenceUrl(draft.licenceUrl());
      photo.setAltText(draft.altText());
      photo.setPlaceholder(draft.placeholder());
      em.persist(photo);
      // Others refer to this row by id alone, which JPA cannot order inserts by: write it now.
      em.flush();
      Path staged = store.stage(content);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                store.commit(staged, sha256);
              } else {
                store.discard(staged);
              }
            }
          });
    }
    addToGallery(photo.getId(), type, entryId);
    return photo.getId();
  }

  /** Adds a stored photo to the end of an entry's gallery, unless it is there already. */
  @Transactional
  public void addToGallery(Long photoId, EntryType type, Long entryId) {
    boolean inGallery =
        galleriesOf(photoId).stream()
            .anyMatch(place -> place.entryType() == type && place.entryId().equals(entryId));
    if (!inGallery) {
      long position =
          em.createNamedQuery(GalleryItem.COUNT_OF_ENTRY, Long.class)
              .setParameter("type", type)
              .setParameter("id", entryId)
              .getSingleResult();
      em.persist(new GalleryItem(em.find(Photo.class, photoId), type, entryId, (int) position));
    }
  }

  private static PhotoView view(Photo p) {
    return new PhotoView(
        p.getId(),
        p.getSha256(),
        p.getMediaType(),
        p.getWidth(),
        p.getHeight(),
        p.getCaption(),
        p.getHeadline(),
        p.getCreditLine(),
        p.getCreator(),
        p.getAgency(),
        p.getTaken() == null ? null : Edtf.parse(p.getTaken().edtf()),
        p.getSublocation(),
        p.getCity(),
        p.getCountryName(),
        p.getCopyrightNotice(),
        p.getLicenceUrl(),
        p.getAltText(),
        p.isPlaceholder());
  }
}
