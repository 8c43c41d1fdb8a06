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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.summitry.edtf.DateSpec;
import org.summitry.edtf.Edtf;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.EditedEntry;
import org.summitry.journal.boundary.EntryKind;
import org.summitry.journal.boundary.EntryLifecycle;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.JournaledEntries;
import org.summitry.kernel.EditConflict;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Page;
import org.summitry.kernel.Refusal;
import org.summitry.kernel.Text;
import org.summitry.kernel.WebAddress;
import org.summitry.media.control.Derivatives;
import org.summitry.media.control.EmbeddedMetadata;
import org.summitry.media.control.EmbeddedRegions;
import org.summitry.media.control.ImageInfo;
import org.summitry.media.control.MetadataParts;
import org.summitry.media.control.Orientation;
import org.summitry.media.control.PhotoStore;
import org.summitry.media.entity.GalleryItem;
import org.summitry.media.entity.Photo;
import org.summitry.media.entity.PhotoRegion;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;

/** Photos and galleries: the pictures of summits and gifts, with their captions and credits. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Photos extends JournaledEntries<Photo, Photos.PhotoEdit> {

  private static final Logger LOG = Logger.getLogger(Photos.class.getName());

  @PersistenceContext EntityManager em;

  @Inject PhotoStore store;

  @Inject Derivatives derivatives;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Journal journal;
  @Inject Sources sources;
  @Inject Claims claims;

  private static final String ALT_TEXT_FIRST = "refusal.photo.altText";

  private static final EntryKind<Photo> KIND =
      EntryKind.of(Photo.class, EntryType.PHOTO, "photo", Photos::label)
          .publishedOnlyIf(
              photo -> {
                if (photo.getAltText() == null || photo.getAltText().isBlank()) {
                  throw new InvalidField("altText", ALT_TEXT_FIRST);
                }
              });

  @Override
  protected EntryLifecycle<Photo> lifecycle() {
    return new EntryLifecycle<>(KIND, em, journal, p -> snapshot(p, regionsOf(p.getId())))
        .publishedOnlyUnder(sources.publishRule());
  }

  public Optional<PhotoView> photo(Long id) {
    return Optional.ofNullable(em.find(Photo.class, id)).filter(Photo::isPublic).map(Photos::view);
  }

  /** Published photos with ids above {@code afterId}, in id order, for the search index. */
  public List<PhotoView> publishedAfter(long afterId, int limit) {
    return lifecycle().publishedAfter(afterId, limit, Photos::view);
  }

  /** A value of a photo index's filter (a credit line, a year) and how many photos have it. */
  public record Counted(String value, long count) {}

  /**
   * A page of published photos for the public index, latest taken first (undated ones last),
   * narrowed to one credit line and one year when given.
   */
  public Page<PhotoView> published(String credit, Integer year, int page, int size) {
    String where = publicIndexFilter(credit, year);
    jakarta.persistence.TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM Photo p WHERE " + where, Long.class);
    bindIndexFilter(count, credit, year);
    long total = count.getSingleResult();
    int number = Page.clamp(page, size, total);
    jakarta.persistence.TypedQuery<Photo> items =
        em.createQuery(
            "SELECT p FROM Photo p WHERE "
                + where
                + " ORDER BY p.taken.earliest DESC NULLS LAST, p.id DESC",
            Photo.class);
    bindIndexFilter(items, credit, year);
    List<PhotoView> views =
        items
            .setFirstResult((number - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Photos::view)
            .toList();
    return new Page<>(views, number, size, total);
  }

  /** The credit lines of published photos (within a year, when given), most frequent first. */
  public List<Counted> credits(Integer year, int howMany) {
    jakarta.persistence.TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT p.creditLine, COUNT(p) FROM Photo p WHERE "
                + publicIndexFilter(null, year)
                + " AND p.creditLine IS NOT NULL GROUP BY p.creditLine"
                + " ORDER BY COUNT(p) DESC, p.creditLine",
            Object[].class);
    bindIndexFilter(query, null, year);
    return query
        .setMaxResults(howMany)
        .getResultStream()
        .map(row -> new Counted((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  /** The years published photos were taken in (with one credit line, when given), latest first. */
  public List<Counted> years(String credit) {
    jakarta.persistence.TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT EXTRACT(YEAR FROM p.taken.earliest), COUNT(p) FROM Photo p WHERE "
                + publicIndexFilter(credit, null)
                + " AND p.taken.earliest IS NOT NULL GROUP BY EXTRACT(YEAR FROM p.taken.earliest)"
                + " ORDER BY EXTRACT(YEAR FROM p.taken.earliest) DESC",
            Object[].class);
    bindIndexFilter(query, credit, null);
    return query
        .getResultStream()
        .map(
            row ->
                new Counted(
                    String.valueOf(((Number) row[0]).intValue()), ((Number) row[1]).longValue()))
        .toList();
  }

  private static String publicIndexFilter(String credit, Integer year) {
    StringBuilder where = new StringBuilder("p.published = TRUE AND p.deletedAt IS NULL");
    if (credit != null) {
      where.append(" AND p.creditLine = :credit");
    }
    if (year != null) {
      where.append(" AND p.taken.earliest >= :yearStart AND p.taken.earliest < :yearEnd");
    }
    return where.toString();
  }

  private static void bindIndexFilter(
      jakarta.persistence.Query query, String credit, Integer year) {
    if (credit != null) {
      query.setParameter("credit", credit);
    }
    if (year != null) {
      query.setParameter("yearStart", java.time.LocalDate.of(year, 1, 1));
      query.setParameter("yearEnd", java.time.LocalDate.of(year + 1, 1, 1));
    }
  }

  /** The published photos among these ids. */
  public Map<Long, PhotoView> photosByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<Long, PhotoView> found = new HashMap<>();
    em.createQuery(
            "SELECT p FROM Photo p WHERE p.id IN :ids AND p.published = TRUE AND p.deletedAt IS"
                + " NULL",
            Photo.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .forEach(p -> found.put(p.getId(), view(p)));
    return found;
  }

  public long countPublic() {
    return em.createQuery(
            "SELECT COUNT(p) FROM Photo p WHERE p.published = TRUE AND p.deletedAt IS NULL",
            Long.class)
        .getSingleResult();
  }

  /** Ids of public photos in order, from {@code first}, at most {@code max}, for sitemaps. */
  public List<Long> publicIds(int first, int max) {
    return em.createQuery(
            "SELECT p.id FROM Photo p WHERE p.published = TRUE AND p.deletedAt IS NULL ORDER BY"
                + " p.id",
            Long.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
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

  /**
   * The first published photo of each of these entries' galleries, in one query, for lists that
   * show a picture per entry.
   */
  public Map<Long, PhotoView> firstPhotos(EntryType type, Collection<Long> entryIds) {
    if (entryIds.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<Long, PhotoView> first = new HashMap<>();
    em.createQuery(
            "SELECT i FROM GalleryItem i JOIN FETCH i.photo WHERE i.entryType = :type AND i.entryId"
                + " IN :ids AND i.photo.published = TRUE AND i.photo.deletedAt IS NULL ORDER BY"
                + " i.entryId, i.position",
            GalleryItem.class)
        .setParameter("type", type)
        .setParameter("ids", List.copyOf(entryIds))
        .getResultStream()
        .forEach(item -> first.putIfAbsent(item.getEntryId(), view(item.getPhoto())));
    return first;
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

  /**
   * A smaller, upright JPEG of a public photo (one of {@link Derivatives#NAMES}: "w400", "w800",
   * "w1600", "sq200"), made on first request. Making them on demand means uploads never wait for
   * them and a lost derivatives folder heals itself. Any other name is empty at once, without a
   * look at the database or the file.
   */
  public Optional<StoredFile> derivative(String sha256, String name, boolean includeDrafts) {
    if (!Derivatives.isName(name)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Photo.BY_SHA256, Photo.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .filter(p -> includeDrafts ? !p.isTrashed() : p.isPublic())
        .findFirst()
        .flatMap(photo -> derivative(sha256, name))
        .map(path -> new StoredFile(path, "image/jpeg"));
  }

  /**
   * A derivative's file; none when the original cannot be decoded or the derivative cannot be
   * written (the photo volume is full, say), either of which is logged.
   */
  private Optional<Path> derivative(String sha256, String name) {
    try {
      return store.derivative(sha256, name, derivatives);
    } catch (IllegalArgumentException undecodable) {
      LOG.info(() -> "No " + name + " of photo file " + sha256 + ": " + undecodable.getMessage());
      return Optional.empty();
    } catch (UncheckedIOException unwritable) {
      LOG.warning(() -> unwritable.getMessage() + ": " + unwritable.getCause());
      return Optional.empty();
    }
  }

  /**
   * A photo file on disk and the media type it is served with: the type recorded for it when that
   * is one of the {@link #PICTURES}, else {@code application/octet-stream}, to be downloaded and
   * never shown. The recorded type comes from a database row, which a restored archive may have
   * written: a row saying {@code text/html} must not make the archive's own origin serve a page.
   */
  public record StoredFile(Path path, String mediaType) {

    /** The types a photo file is shown as: pictures, which browsers never run. */
    public static final Set<String> PICTURES =
        Set.of("image/jpeg", "image/png", "image/webp", "image/gif", "image/tiff");

    static final String DOWNLOAD = "application/octet-stream";

    public StoredFile {
      String recorded = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
      mediaType = PICTURES.contains(recorded) ? recorded : DOWNLOAD;
    }

    /** Whether the file may be shown in the browser, as a picture, rather than downloaded. */
    public boolean shown() {
      return !mediaType.equals(DOWNLOAD);
    }
  }

  /**
   * Stores a picture and adds it to the end of an entry's gallery. The same bytes stored again give
   * the existing photo, so nothing is duplicated. The file is in its place before the photo's row
   * commits, so the row never points at a missing file.
   */
  @Transactional
  public Long add(byte[] content, @Valid PhotoDraft draft, EntryType type, Long entryId) {
    Stored stored = store(content, draft, true);
    if (!stored.existing()) {
      lifecycle().record(em.find(Photo.class, stored.id()), Change.CREATED, "system");
    }
    addToGallery(stored.id(), type, entryId);
    return stored.id();
  }

  /**
   * What became of one uploaded file: the photo it is now, and whether that photo already existed.
   */
  public record Upload(Long photoId, boolean existing) {}

  /**
   * Stores an uploaded picture as a draft photo with the metadata it carries, at the end of an
   * entry's gallery. A file already in the archive (same SHA-256) is not stored again: the existing
   * photo is added to the gallery instead. A picture over {@link ImageInfo#DEFAULT_MAX_PIXELS} is
   * refused from its header, and one whose metadata is beyond {@link MetadataParts}' bounds before
   * any of it is parsed (see {@link Checked}).
   *
   * @throws IllegalArgumentException with a message to show when the file is not an image we accept
   * @throws PhotoNotStored with a message to show when its file cannot be written (the photo
   *     storage is full, say); nothing is recorded then
   */
  @Transactional
  public Upload upload(
      byte[] content, @Valid PhotoDraft prefilled, EntryType type, Long entryId, String actor) {
    Stored stored = store(content, prefilled, false);
    if (!stored.existing()) {
      lifecycle().record(em.find(Photo.class, stored.id()), Change.CREATED, actor);
    }
    addToGallery(stored.id(), type, entryId);
    return new Upload(stored.id(), stored.existing());
  }

  private record Stored(Long id, boolean existing) {}

  /**
   * What an uploaded file is, checked in the order that keeps a hostile file from costing memory:
   * its type from the first bytes, its size in pixels from the header (refused over {@link
   * ImageInfo#DEFAULT_MAX_PIXELS}), then its metadata located and measured (refused beyond {@link
   * MetadataParts}' bounds) before any of it is parsed. The pixels are decoded only later, for the
   * derivatives, by which time the header's size has been checked.
   *
   * @throws IllegalArgumentException with the reason to show
   */
  private record Checked(ImageInfo info, MetadataParts metadata) {
    static Checked of(byte[] content) {
      ImageInfo info = ImageInfo.of(content).requireAtMost(ImageInfo.DEFAULT_MAX_PIXELS);
      return new Checked(info, MetadataParts.of(content).requireWithinBounds());
    }
  }

  private Stored store(byte[] content, PhotoDraft draft, boolean published) {
    Checked checked = Checked.of(content);
    ImageInfo info = checked.info();
    String sha256 = PhotoStore.sha256(content);
    Photo photo =
        em.createNamedQuery(Photo.BY_SHA256, Photo.class)
            .setParameter("sha256", sha256)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (photo == null) {
      // The file first, forced to the disk, then placed before the row commits: a full volume
      // refuses the photo with nothing recorded, and no row points at a file that is not there. A
      // placed file whose row then fails to commit stays: named by its content, it harms nothing
      // and serves the next upload of the same picture.
      Path staged = stage(content);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status != Status.STATUS_COMMITTED) {
                store.discard(staged);
              }
            }
          });
      // Pages show the picture upright, so its size is recorded as it will be shown.
      boolean sideways = Orientation.ofExif(checked.metadata().orientation()).turnsSideways();
      photo =
          new Photo(
              sha256,
              info.mediaType(),
              content.length,
              sideways ? info.height() : info.width(),
              sideways ? info.width() : info.height());
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
      photo.setPublished(published);
      em.persist(photo);
      // Others refer to this row by id alone, which JPA cannot order inserts by: write it now.
      em.flush();
      place(staged, sha256);
      return new Stored(photo.getId(), false);
    }
    return new Stored(photo.getId(), true);
  }

  private Path stage(byte[] content) {
    try {
      return store.stage(content);
    } catch (UncheckedIOException e) {
      throw notStored(e);
    }
  }

  private void place(Path staged, String sha256) {
    try {
      store.place(staged, sha256);
    } catch (UncheckedIOException e) {
      throw notStored(e);
    }
  }

  private static PhotoNotStored notStored(UncheckedIOException e) {
    LOG.warning(() -> "A photo could not be stored: " + e.getMessage() + ": " + e.getCause());
    return new PhotoNotStored(e.getCause());
  }

  /**
   * What a file says about itself, for prefilling the photo's form (see {@link EmbeddedMetadata}).
   */
  public record Embedded(
      String caption,
      String headline,
      String creditLine,
      String creator,
      String copyrightNotice,
      String dateCreated,
      String sublocation,
      String city,
      String country,
      String source,
      String altText,
      String licenceUrl) {}

  /**
   * Reads the IPTC, XMP and Exif metadata embedded in an uploaded file, once the file has passed
   * the checks that come first (see {@link Checked}); metadata that cannot be parsed is left out.
   *
   * @throws IllegalArgumentException with the reason to show, when the file is refused
   */
  public Embedded embeddedMetadata(byte[] content) {
    EmbeddedMetadata m = EmbeddedMetadata.of(Checked.of(content).metadata());
    return new Embedded(
        m.caption(),
        m.headline(),
        m.creditLine(),
        m.creator(),
        m.copyrightNotice(),
        m.dateCreated(),
        m.sublocation(),
        m.city(),
        m.country(),
        m.source(),
        m.altText(),
        m.licenceUrl());
  }

  /**
   * Who the photo's file says it shows (IPTC's PersonInImage and Image Regions, see {@link
   * EmbeddedRegions}), with each region in pixels of the upright picture, for prefilling its tags.
   *
   * @param names every name the file gives, whole picture first, each once
   * @param regions the regions with a rectangle inside the picture and at least one name
   */
  public record FileTags(List<String> names, List<FileRegion> regions) {}

  /** A named rectangle from the file, in pixels of the upright picture. */
  public record FileRegion(String name, int x, int y, int w, int h) {}

  /** The tags a photo's stored file carries; none when the photo or its file is not there. */
  public FileTags tagsInFile(Long photoId) {
    Photo photo = em.find(Photo.class, photoId);
    if (photo == null) {
      return new FileTags(List.of(), List.of());
    }
    EmbeddedRegions found =
        store
            .file(photo.getSha256())
            .map(path -> EmbeddedRegions.of(MetadataParts.of(path)))
            .orElse(new EmbeddedRegions(List.of(), List.of()));
    List<FileRegion> regions = new ArrayList<>();
    for (EmbeddedRegions.Region region : found.regions()) {
      int[] r = region.inPixels(photo.getWidth(), photo.getHeight());
      if (r != null) {
        region.names().forEach(name -> regions.add(new FileRegion(name, r[0], r[1], r[2], r[3])));
      }
    }
    return new FileTags(found.allNames(), regions);
  }

  @Override
  protected PhotoEdit edited(Photo p) {
    return new PhotoEdit(view(p), p.state(), snapshot(p, regionsOf(p.getId())));
  }

  @Override
  protected PhotoEdit listed(Photo p) {
    return new PhotoEdit(view(p), p.state(), Map.of());
  }

  /** A photo with its workflow state and its fields as the journal records them. */
  public record PhotoEdit(PhotoView photo, EntryState state, Map<String, String> fields)
      implements EditedEntry {}

  /** Changes a photo's metadata and journals it; a stale version is an {@link EditConflict}. */
  @Transactional
  public void save(
      Long id, Long expectedVersion, @Valid PhotoDraft draft, String actor, Change change) {
    EntryLifecycle<Photo> life = lifecycle();
    Photo photo = life.edit(id, expectedVersion);
    if (photo.isPublished() && (draft.altText() == null || draft.altText().isBlank())) {
      throw new InvalidField("altText", ALT_TEXT_FIRST);
    }
    photo.setCaption(Text.emptyToNull(draft.caption()));
    photo.setHeadline(Text.emptyToNull(draft.headline()));
    photo.setCreditLine(Text.emptyToNull(draft.creditLine()));
    photo.setCreator(Text.emptyToNull(draft.creator()));
    photo.setAgency(Text.emptyToNull(draft.agency()));
    photo.setTaken(DateSpec.of(draft.taken()));
    photo.setLocation(
        Text.emptyToNull(draft.sublocation()),
        Text.emptyToNull(draft.city()),
        Text.emptyToNull(draft.countryName()));
    photo.setCopyrightNotice(Text.emptyToNull(draft.copyrightNotice()));
    String licence = Text.emptyToNull(draft.licenceUrl());
    if (licence != null && WebAddress.linkable(licence) == null) {
      throw new InvalidField("licenceUrl", "refusal.photo.licenceUrl");
    }
    photo.setLicenceUrl(licence);
    photo.setAltText(Text.emptyToNull(draft.altText()));
    life.write(photo, false);
    sources.cite(EntryType.PHOTO, photo.getId(), draft.citations(), draft.claims());
    life.record(photo, change, actor);
  }

  /**
   * A purged photo's places in galleries, its regions and its claims go with it in the purge's
   * transaction; its file and derivatives are deleted once that has committed (never before: no row
   * ever names a missing file), and should that fail the sweep of {@code OrphanFiles} deletes them
   * later.
   */
  @Override
  protected void purging(Photo photo) {
    Long id = photo.getId();
    String sha256 = photo.getSha256();
    claims.removeAll(EntryType.PHOTO, id);
    em.createQuery("DELETE FROM GalleryItem i WHERE i.photo.id = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery("DELETE FROM PhotoRegion r WHERE r.photo.id = :id")
        .setParameter("id", id)
        .executeUpdate();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              try {
                store.remove(sha256);
              } catch (RuntimeException e) {
                LOG.log(
                    Level.WARNING,
                    "The file of the purged photo " + id + " stays until the sweep: " + e,
                    e);
              }
            }
          }
        });
  }

  /** The gallery of an entry as the back office sees it: drafts included, the trash left out. */
  public List<PhotoEdit> adminGallery(EntryType type, Long entryId) {
    return em.createQuery(
            "SELECT i FROM GalleryItem i JOIN FETCH i.photo WHERE i.entryType = :type"
                + " AND i.entryId = :id AND i.photo.deletedAt IS NULL ORDER BY i.position",
            GalleryItem.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultStream()
        .map(i -> listed(i.getPhoto()))
        .toList();
  }

  /** Moves a photo one place earlier ({@code -1}) or later ({@code +1}) in a gallery. */
  @Transactional
  public void move(Long photoId, EntryType type, Long entryId, int step) {
    List<GalleryItem> items =
        new ArrayList<>(
            em.createQuery(
                    "SELECT i FROM GalleryItem i WHERE i.entryType = :type AND i.entryId = :id"
                        + " ORDER BY i.position",
                    GalleryItem.class)
                .setParameter("type", type)
                .setParameter("id", entryId)
                .getResultList());
    int at = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getPhoto().getId().equals(photoId)) {
        at = i;
      }
    }
    int to = at + Integer.signum(step);
    if (at < 0 || to < 0 || to >= items.size()) {
      return;
    }
    Collections.swap(items, at, to);
    for (int i = 0; i < items.size(); i++) {
      items.get(i).moveTo(i);
    }
  }

  /** Takes a photo out of one gallery; the photo itself stays in the archive. */
  @Transactional
  public void removeFromGallery(Long photoId, EntryType type, Long entryId) {
    em.createQuery(
            "DELETE FROM GalleryItem i WHERE i.photo.id = :photo AND i.entryType = :type AND"
                + " i.entryId = :id")
        .setParameter("photo", photoId)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .executeUpdate();
  }

  /** Any photo's file for the back office, drafts included (the trash excluded). */
  public Optional<StoredFile> anyFile(String sha256) {
    return em.createNamedQuery(Photo.BY_SHA256, Photo.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .filter(p -> !p.isTrashed())
        .findFirst()
        .flatMap(
            photo -> store.file(sha256).map(path -> new StoredFile(path, photo.getMediaType())));
  }

  private static String label(Photo photo) {
    return photo.getHeadline() != null
        ? photo.getHeadline()
        : photo.getCaption() != null
            ? photo.getCaption()
            : "Photo " + photo.getSha256().substring(0, 8);
  }

  /**
   * The regions of a photo, any state, left to right (then top to bottom), for its page, its
   * manifest and its editor.
   */
  public List<RegionView> regions(Long photoId) {
    return regionsOf(photoId);
  }

  private List<RegionView> regionsOf(Long photoId) {
    if (photoId == null) {
      return List.of();
    }
    return em.createNamedQuery(PhotoRegion.OF_PHOTO, PhotoRegion.class)
        .setParameter("photoId", photoId)
        .getResultStream()
        .map(Photos::view)
        .toList();
  }

  /** The regions of each of these photos, left to right, in one query (for manifests). */
  public Map<Long, List<RegionView>> regionsByPhoto(Collection<Long> photoIds) {
    if (photoIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<RegionView>> found = new HashMap<>();
    em.createNamedQuery(PhotoRegion.OF_PHOTOS, PhotoRegion.class)
        .setParameter("photoIds", List.copyOf(photoIds))
        .getResultStream()
        .forEach(
            r -> found.computeIfAbsent(r.getPhoto().getId(), k -> new ArrayList<>()).add(view(r)));
    return found;
  }

  /**
   * Shows {@code into} in every photo region that shows {@code from}, journaling each photo
   * changed, in the caller's transaction: two records of one person merged. Returns how many
   * regions changed.
   */
  @Transactional
  public int movePersonLinks(Long from, Long into, String actor) {
    List<PhotoRegion> regions =
        em.createQuery(
                "SELECT r FROM PhotoRegion r WHERE r.personId = :from ORDER BY r.id",
                PhotoRegion.class)
            .setParameter("from", from)
            .getResultList();
    regions.forEach(region -> region.showPerson(into));
    em.flush();
    EntryLifecycle<Photo> life = lifecycle();
    regions.stream()
        .map(PhotoRegion::getPhoto)
        .distinct()
        .forEach(photo -> life.record(photo, Change.UPDATED, actor));
    return regions.size();
  }

  /** The published photos a person is tagged in, newest first. */
  public List<PhotoView> photosOfPerson(Long personId) {
    return em.createNamedQuery(PhotoRegion.PHOTOS_OF_PERSON, Photo.class)
        .setParameter("personId", personId)
        .getResultStream()
        .sorted(Comparator.comparing(Photo::getId).reversed())
        .map(Photos::view)
        .toList();
  }

  /**
   * Tags a rectangle of a photo with a person or a gift, and journals the photo's change.
   *
   * @throws InvalidField ({@code region}) when the rectangle leaves the picture or is empty, or
   *     when it names both or neither of a person and a gift
   */
  @Transactional
  public Long addRegion(Long photoId, @Valid RegionDraft draft, String actor) {
    EntryLifecycle<Photo> life = lifecycle();
    Photo photo = life.find(photoId);
    PhotoRegion region;
    try {
      region =
          new PhotoRegion(
              photo,
              draft.x(),
              draft.y(),
              draft.w(),
              draft.h(),
              draft.personId(),
              draft.giftId(),
              Text.emptyToNull(draft.label()));
    } catch (Refusal outside) {
      throw new InvalidField("region", outside);
    }
    em.persist(region);
    em.flush();
    life.record(photo, Change.UPDATED, actor);
    return region.getId();
  }

  /** Takes a tag off a photo, and journals the photo's change; an unknown region is no change. */
  @Transactional
  public void removeRegion(Long photoId, Long regionId, String actor) {
    PhotoRegion region = em.find(PhotoRegion.class, regionId);
    if (region == null || !region.getPhoto().getId().equals(photoId)) {
      return;
    }
    em.remove(region);
    em.flush();
    lifecycle().record(region.getPhoto(), Change.UPDATED, actor);
  }

  /** What each field of a photo's journal snapshot holds: text, but for the date taken. */
  public static final Map<String, FieldKind> JOURNAL_FIELDS =
      Map.of(
          "taken",
          FieldKind.EDTF,
          "sources",
          FieldKind.SOURCES,
          "citations",
          FieldKind.CITATIONS,
          "claims",
          FieldKind.CLAIMS);

  private Map<String, String> snapshot(Photo p, List<RegionView> regions) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("caption", p.getCaption());
    fields.put("headline", p.getHeadline());
    fields.put("creditLine", p.getCreditLine());
    fields.put("creator", p.getCreator());
    fields.put("agency", p.getAgency());
    fields.put("taken", p.getTaken() == null ? null : p.getTaken().edtf());
    fields.put("sublocation", p.getSublocation());
    fields.put("city", p.getCity());
    fields.put("countryName", p.getCountryName());
    fields.put("copyrightNotice", p.getCopyrightNotice());
    fields.put("licenceUrl", p.getLicenceUrl());
    fields.put("altText", p.getAltText());
    fields.put(
        "regions",
        regions.isEmpty()
            ? null
            : regions.stream().map(Photos::snapshotLine).collect(Collectors.joining("\n")));
    fields.put("sources", sources.citedLines(EntryType.PHOTO, p.getId()));
    fields.put("citations", sources.citationLines(EntryType.PHOTO, p.getId()));
    fields.put("claims", claims.lines(EntryType.PHOTO, p.getId()));
    return FieldKind.canonical(JOURNAL_FIELDS, fields);
  }

  /** A region as one line of the snapshot: "person 12 at 120,40 300×400 (label)". */
  private static String snapshotLine(RegionView r) {
    return (r.showsPerson() ? "person " + r.personId() : "gift " + r.giftId())
        + " at "
        + r.x()
        + ","
        + r.y()
        + " "
        + r.w()
        + "×"
        + r.h()
        + (r.label() == null ? "" : " (" + r.label() + ")");
  }

  private static RegionView view(PhotoRegion r) {
    return new RegionView(
        r.getId(),
        r.getPhoto().getId(),
        r.getX(),
        r.getY(),
        r.getW(),
        r.getH(),
        r.getPersonId(),
        r.getGiftId(),
        r.getLabel(),
        r.getPhoto().getWidth(),
        r.getPhoto().getHeight());
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
