package org.summitry.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.summitry.exchange.control.ArchiveExport;
import org.summitry.exchange.control.ArchiveRestore;
import org.summitry.exchange.control.RestoreJob;
import org.summitry.kernel.Note;
import org.summitry.platform.boundary.Configuration;
import org.summitry.platform.boundary.Databases;
import org.summitry.search.boundary.Search;

/**
 * The whole archive as one file, for moving it to another server: export streams it to the
 * administrator, restore brings one into an empty instance (in the background, see {@link
 * RestoreRunner}, telling a {@link RestoreJob} how far it is) and has the search index rebuilt. No
 * container transaction: export reads and restore writes in transactions of their own on one
 * connection each, which for a large archive last longer than a container transaction may.
 */
@ApplicationScoped
public class Archives {

  private static final Logger LOG = Logger.getLogger(Archives.class.getName());

  @Resource(lookup = Databases.JNDI_NAME)
  DataSource dataSource;

  @Inject Config config;
  @Inject Search search;

  @PersistenceUnit(unitName = "summitry")
  EntityManagerFactory entityManagers;

  private final AtomicBoolean restoring = new AtomicBoolean();
  private volatile RestoreJob last;

  /** Writes the archive to {@code out}. */
  public ArchiveExport.Summary export(OutputStream out, String actor) throws IOException {
    long started = System.nanoTime();
    ArchiveExport.Summary summary =
        new ArchiveExport(
                dataSource, photoFolder(), Databases.schemaVersion(dataSource), Clock.systemUTC())
            .writeTo(out);
    LOG.info(
        () ->
            "Archive exported by "
                + actor
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms: "
                + summary.rows()
                + ", "
                + summary.photoFiles()
                + " photo files");
    return summary;
  }

  /** Whether a restore would be accepted here: the instance holds no entry. */
  public boolean empty() {
    try {
      return new ArchiveRestore(dataSource, photoFolder(), "").empty();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database: " + e.getMessage(), e);
    }
  }

  /**
   * Takes the archive in {@code file} for a restore, after the checks that take no time (see {@link
   * ArchiveRestore#precheck}); {@link #restore(Path)} then does the work. Only one restore at a
   * time.
   *
   * @throws ArchiveRestore.Refused with a message for the administrator; nothing changed then
   */
  public RestoreJob accept(Path file, String actor) throws ArchiveRestore.Refused, IOException {
    if (!restoring.compareAndSet(false, true)) {
      throw new ArchiveRestore.Refused(Note.of("restore.refusal.busy"));
    }
    try {
      new ArchiveRestore(dataSource, photoFolder(), Databases.schemaVersion(dataSource))
          .precheck(file);
      RestoreJob job = new RestoreJob(actor, Instant.now());
      last = job;
      return job;
    } catch (ArchiveRestore.Refused | IOException | RuntimeException e) {
      restoring.set(false);
      throw e;
    }
  }

  /**
   * Restores the archive in {@code file}, taken by {@link #accept}, into this (empty) instance,
   * telling the job how far it is and how it ended; removes the file. Nothing is changed unless all
   * of it is restored.
   */
  public void restore(Path file) {
    RestoreJob job = last;
    try {
      long started = System.nanoTime();
      ArchiveRestore.Summary summary =
          new ArchiveRestore(dataSource, photoFolder(), Databases.schemaVersion(dataSource))
              .following(job)
              .restore(file);
      // The restore wrote past JPA: ids the application had drawn from the sequences before it
      // (a block of 50 at a time) and anything it cached would clash with the restored rows.
      entityManagers.unwrap(DatabaseSession.class).getSequencingControl().initializePreallocated();
      entityManagers.getCache().evictAll();
      search.rebuild();
      job.restored(summary);
      LOG.info(
          () ->
              "Archive restored by "
                  + job.actor()
                  + " in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms: "
                  + summary.rows()
                  + ", "
                  + summary.photoFiles()
                  + " photo files; the search index is being rebuilt.");
    } catch (ArchiveRestore.Refused refused) {
      LOG.info(() -> "Restore by " + job.actor() + " refused: " + refused.getMessage());
      job.refused(refused.reason());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Restoring an archive failed", e);
      job.refused(Note.of("restore.refusal.server", String.valueOf(e.getMessage())));
    } finally {
      restoring.set(false);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not remove the upload " + file, e);
      }
    }
  }

  /** Ends the restore taken by {@link #accept} without running it, for {@code why}. */
  void abandon(Path file, RuntimeException why) {
    LOG.log(Level.SEVERE, "The restore could not be started", why);
    last.refused(Note.of("restore.refusal.server", String.valueOf(why.getMessage())));
    restoring.set(false);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove the upload " + file, e);
    }
  }

  /** The latest restore since this instance started, running or ended. */
  public Optional<RestoreJob> lastRestore() {
    return Optional.ofNullable(last);
  }

  /** Where uploads wait while they are restored: the data folder, not the system's temp. */
  public Path uploadFolder() {
    return Configuration.dataDirectory(config).resolve("tmp");
  }

  private Path photoFolder() {
    return Configuration.dataDirectory(config).resolve("photos");
  }
}
