package org.summitry.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitry.media.control.HostileFiles.png;
import static org.summitry.media.control.HostileFiles.pngClaiming;
import static org.summitry.media.control.HostileFiles.zTXt;
import static org.summitry.media.control.HostileFiles.zlibZeros;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.EntryType;
import org.summitry.media.control.Derivatives;
import org.summitry.media.control.FileSystemPhotoStore;
import org.summitry.media.control.OrphanFiles;
import org.summitry.media.control.PhotoStore;
import org.summitry.testing.TestDatabases;

/** Photos uploaded and served through the boundary on H2, with their files in a folder. */
class PhotosTest {

  private static final PhotoDraft NO_METADATA =
      new PhotoDraft(null, null, null, null, null, null, null, null, null, null, null, null, false);

  @TempDir Path folder;

  private EntityManagerFactory emf;
  private EntityManager em;
  private Photos photos;
  private final List<Synchronization> synchronizations = new ArrayList<>();

  @BeforeEach
  void archive() {
    TestDatabases.Database db = TestDatabases.h2();
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    emf =
        Persistence.createEntityManagerFactory(
            "summitry",
            Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                "",
                "jakarta.persistence.jdbc.url",
                db.url(),
                "jakarta.persistence.jdbc.user",
                db.user(),
                "jakarta.persistence.jdbc.password",
                db.password(),
                "eclipselink.logging.level",
                "OFF"));
    em = emf.createEntityManager();
    photos = new Photos();
    photos.em = em;
    photos.store = new FileSystemPhotoStore(folder);
    photos.sources = withEntityManager(new org.summitry.sources.boundary.Sources());
    photos.claims = withEntityManager(new org.summitry.sources.boundary.Claims());
    set(photos.sources, "claims", photos.claims);
    photos.derivatives = new Derivatives();
    photos.transactions = new Transactions();
    photos.journal =
        new Journal() {
          @Override
          public Long record(
              String type,
              Long id,
              Change change,
              String actor,
              String label,
              Map<String, String> fields) {
            return 1L;
          }
        };
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  /**
   * The pixel size in the header is checked first, then the metadata is measured, and only then
   * parsed: a 2,500-megapixel header carrying a decompression bomb is refused for its size, a small
   * picture carrying it for its metadata.
   */
  @Test
  void anUploadIsCheckedForItsSizeThenItsMetadataBeforeAnythingIsParsed() {
    byte[] bomb = zTXt("Comment", zlibZeros(300L << 20));
    byte[] huge = pngClaiming(50_000, 50_000, bomb);
    byte[] small = png(64, 48, bomb);

    assertTrue(refusal(() -> photos.embeddedMetadata(huge)).startsWith("The image is 50,000 ×"));
    assertTrue(
        refusal(() -> photos.embeddedMetadata(small))
            .startsWith("The file's embedded metadata is too large (a PNG zTXt chunk"));
    assertTrue(
        refusal(() -> tx(() -> upload(small))).contains("too large"), "and upload says the same");
    assertEquals(0, photoRows(), "nothing stored");
  }

  @Test
  void draftsAreServedOnlyByTheBackOfficeAndTheTrashByNeither() {
    byte[] png = png(640, 480);
    String sha256 = PhotoStore.sha256(png);
    Long id = tx(() -> upload(png)).photoId();

    assertTrue(photos.file(sha256).isEmpty(), "a draft's file is not public");
    assertTrue(photos.derivative(sha256, "w400", false).isEmpty());
    assertEquals("image/png", photos.anyFile(sha256).orElseThrow().mediaType());
    assertEquals("image/jpeg", photos.derivative(sha256, "w400", true).orElseThrow().mediaType());

    sql("UPDATE photo SET alt_text = 'Two leaders shake hands' WHERE id = " + id);
    photos.sources.requireSources(false); // about which files are served, not about sources
    tx(() -> change(id, Change.PUBLISHED));
    assertTrue(photos.file(sha256).isPresent(), "published");
    assertTrue(photos.derivative(sha256, "w400", false).isPresent());

    tx(() -> change(id, Change.TRASHED));
    assertTrue(photos.file(sha256).isEmpty(), "in the trash");
    assertTrue(photos.anyFile(sha256).isEmpty());
    assertTrue(photos.derivative(sha256, "w400", true).isEmpty());
  }

  /**
   * The media type comes from the photo's row, which a restored archive may have written: a row
   * saying text/html must not make the archive serve a page from its own origin.
   */
  @Test
  void aRowClaimingAnotherTypeThanAPictureIsServedAsADownload() {
    byte[] png = png(64, 48);
    String sha256 = PhotoStore.sha256(png);
    Long id = tx(() -> upload(png)).photoId();
    sql("UPDATE photo SET published = TRUE, media_type = 'text/html' WHERE id = " + id);

    Photos.StoredFile file = photos.file(sha256).orElseThrow();
    assertEquals("application/octet-stream", file.mediaType());
    assertFalse(file.shown());
    assertFalse(photos.anyFile(sha256).orElseThrow().shown());

    sql("UPDATE photo SET media_type = ' Image/PNG' WHERE id = " + id);
    assertEquals("image/png", photos.file(sha256).orElseThrow().mediaType());
  }

  @Test
  void onlyPictureTypesAreShown() {
    Path any = folder.resolve("x");
    for (String type : Photos.StoredFile.PICTURES) {
      assertTrue(new Photos.StoredFile(any, type).shown(), type);
    }
    for (String type :
        new String[] {
          "text/html",
          "image/svg+xml",
          "application/xhtml+xml",
          "text/xml",
          "application/pdf",
          "image/jpeg; charset=utf-8",
          "image/jpeg\ntext/html",
          "",
          null
        }) {
      Photos.StoredFile file = new Photos.StoredFile(any, type);
      assertEquals("application/octet-stream", file.mediaType(), type);
      assertFalse(file.shown());
    }
  }

  /**
   * Whether the photo volume is full when the file is written or cannot take it when it is moved
   * into place, the curator is told so, and the archive is as before: no row, no file, nothing in
   * tmp.
   */
  @Test
  void aPhotoThatCannotBeWrittenIsRefusedWithNothingRecorded() throws IOException {
    byte[] png = png(64, 48);
    String sha256 = PhotoStore.sha256(png);

    photos.store = failing(true, new IOException("No space left on device"));
    PhotoNotStored full = assertThrows(PhotoNotStored.class, () -> tx(() -> upload(png)));
    assertEquals(
        "The photo could not be stored: the photo storage is full. Ask the administrator to free"
            + " space on the photo volume, then upload the photo again.",
        full.getMessage());
    assertNothingStored(sha256);

    photos.store =
        failing(false, new FileSystemException("/photos/ab/ab12", null, "Read-only file system"));
    PhotoNotStored readOnly = assertThrows(PhotoNotStored.class, () -> tx(() -> upload(png)));
    assertTrue(
        readOnly
            .getMessage()
            .startsWith(
                "The photo could not be stored: the photo storage cannot be written to (Read-only"
                    + " file system)."),
        readOnly.getMessage());
    assertNothingStored(sha256);

    photos.store = new FileSystemPhotoStore(folder);
    assertFalse(tx(() -> upload(png)).existing(), "once there is room, the same file is stored");
    assertTrue(photos.anyFile(sha256).isPresent());
  }

  @Test
  void filesThatNoPhotoNamesAreSweptAfterTheirGraceAndRecordedOnesStay() throws IOException {
    byte[] kept = png(40, 30);
    Long id = tx(() -> upload(kept)).photoId();
    String keptSha = PhotoStore.sha256(kept);
    byte[] left = png(41, 30);
    String leftSha = PhotoStore.sha256(left);
    FileSystemPhotoStore store = new FileSystemPhotoStore(folder);
    // As a process killed between placing a file and committing its row leaves it.
    store.place(store.stage(left), leftSha);
    Path staged = store.stage(png(42, 30));
    assertTrue(store.derivative(leftSha, "w400", new Derivatives()).isPresent());

    OrphanFiles sweep = new OrphanFiles(em, store);
    assertEquals(0, sweep.sweep(Instant.now().minus(Duration.ofMinutes(5))), "all are recent");
    assertTrue(store.file(leftSha).isPresent());

    assertEquals(1, sweep.sweep(Instant.now().plusSeconds(60)));
    assertTrue(store.file(leftSha).isEmpty(), "the file no row names is gone");
    assertTrue(
        Files.notExists(
            folder.resolve("derivatives").resolve(leftSha.substring(0, 2)).resolve(leftSha)),
        "with its derivatives");
    assertTrue(Files.notExists(staged), "and the staged leftover");
    assertTrue(store.file(keptSha).isPresent(), "a recorded photo's file stays");
    assertNotNull(id);
  }

  private void assertNothingStored(String sha256) throws IOException {
    assertEquals(0, photoRows());
    assertEquals(
        0L,
        em.createQuery("SELECT COUNT(i) FROM GalleryItem i", Long.class).getSingleResult(),
        "nor in a gallery");
    assertTrue(new FileSystemPhotoStore(folder).file(sha256).isEmpty());
    try (Stream<Path> staged = Files.list(folder.resolve("tmp"))) {
      assertEquals(List.of(), staged.toList(), "nothing left in tmp");
    }
  }

  /** The folder's store, except that staging or placing a file fails with {@code failure}. */
  private PhotoStore failing(boolean staging, IOException failure) {
    FileSystemPhotoStore folderStore = new FileSystemPhotoStore(folder);
    return new PhotoStore() {
      @Override
      public Path stage(byte[] content) {
        if (staging) {
          throw new UncheckedIOException("Cannot write to the photo folder", failure);
        }
        return folderStore.stage(content);
      }

      @Override
      public void place(Path staged, String sha256) {
        throw new UncheckedIOException("Cannot move a photo into place", failure);
      }

      @Override
      public void discard(Path staged) {
        folderStore.discard(staged);
      }

      @Override
      public Stream<String> originalsBefore(java.time.Instant cutoff) {
        return folderStore.originalsBefore(cutoff);
      }

      @Override
      public void remove(String sha256) {
        folderStore.remove(sha256);
      }

      @Override
      public int removeStagedBefore(java.time.Instant cutoff) {
        return folderStore.removeStagedBefore(cutoff);
      }

      @Override
      public Optional<Path> file(String sha256) {
        return folderStore.file(sha256);
      }

      @Override
      public Optional<Path> derivative(String sha256, String name, Derivatives maker) {
        return folderStore.derivative(sha256, name, maker);
      }
    };
  }

  private Void change(Long id, Change change) {
    photos.change(id, change, "curator");
    return null;
  }

  private void sql(String statement) {
    tx(() -> em.createNativeQuery(statement).executeUpdate());
    em.clear();
  }

  private Photos.Upload upload(byte[] content) {
    return photos.upload(content, NO_METADATA, EntryType.SUMMIT, 1L, "curator");
  }

  private long photoRows() {
    return em.createQuery("SELECT COUNT(p) FROM Photo p", Long.class).getSingleResult();
  }

  private static String refusal(Supplier<?> work) {
    return assertThrows(IllegalArgumentException.class, work::get).getMessage();
  }

  /** Runs {@code work} in a transaction, ending it as JTA would: synchronizations included. */
  private <T> T tx(Supplier<T> work) {
    synchronizations.clear();
    em.getTransaction().begin();
    boolean committed = false;
    try {
      T result = work.get();
      synchronizations.forEach(Synchronization::beforeCompletion);
      em.getTransaction().commit();
      committed = true;
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
        em.clear();
      }
      int status = committed ? Status.STATUS_COMMITTED : Status.STATUS_ROLLEDBACK;
      synchronizations.forEach(s -> s.afterCompletion(status));
    }
  }

  /** Only what Photos asks of the registry: to be told how the transaction ended. */
  private final class Transactions implements TransactionSynchronizationRegistry {
    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public Object getTransactionKey() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void putResource(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      throw new UnsupportedOperationException();
    }
  }

  /** A facade of another component with this test's entity manager in its {@code em} field. */
  private <T> T withEntityManager(T facade) {
    try {
      java.lang.reflect.Field field = facade.getClass().getDeclaredField("em");
      field.setAccessible(true);
      field.set(facade, em);
      return facade;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets a bean's injected field as CDI would. */
  private static void set(Object bean, String name, Object value) {
    try {
      java.lang.reflect.Field field = bean.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(bean, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
