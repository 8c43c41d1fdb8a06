package org.summitry.media.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Deletes photo files no photo row names, and staged files nobody finished. A new photo's file is
 * placed just before its row commits (so no row ever points at a missing file); when the process
 * stops in between (killed, the machine lost), or a photo is deleted for good, the file is left
 * without a row. Every {@link #EVERY} minutes, files older than {@link #GRACE} whose digest no row
 * holds are deleted with their derivatives, as is anything in the staging folder untouched for that
 * long. The grace keeps an upload in flight on another instance safe: its row commits within
 * milliseconds of the file being placed.
 */
@Singleton
public class OrphanFiles {

  private static final Logger LOG = Logger.getLogger(OrphanFiles.class.getName());

  static final Duration GRACE = Duration.ofMinutes(5);
  static final int EVERY = 5;
  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject PhotoStore store;

  public OrphanFiles() {}

  /** For tests and tools: a sweep over this store, checked against this database. */
  public OrphanFiles(EntityManager em, PhotoStore store) {
    this.em = em;
    this.store = store;
  }

  @Schedule(minute = "*/" + EVERY, hour = "*", persistent = false)
  void sweepOnSchedule() {
    try {
      sweep(Instant.now().minus(GRACE));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sweeping photo files without a row failed; tried again later", e);
    }
  }

  /**
   * Deletes files written before {@code cutoff} that no photo row names, and staged leftovers.
   *
   * @return how many originals were deleted
   */
  public int sweep(Instant cutoff) {
    int removed = 0;
    try (Stream<String> originals = store.originalsBefore(cutoff)) {
      Iterator<String> digests = originals.iterator();
      while (digests.hasNext()) {
        List<String> batch = new ArrayList<>(BATCH);
        while (digests.hasNext() && batch.size() < BATCH) {
          batch.add(digests.next());
        }
        Set<String> recorded =
            new HashSet<>(
                em.createQuery(
                        "SELECT p.sha256 FROM Photo p WHERE p.sha256 IN :digests", String.class)
                    .setParameter("digests", batch)
                    .getResultList());
        for (String sha256 : batch) {
          if (!recorded.contains(sha256)) {
            store.remove(sha256);
            removed++;
          }
        }
      }
    }
    int staged = store.removeStagedBefore(cutoff);
    if (removed > 0 || staged > 0) {
      int originals = removed;
      LOG.info(
          () ->
              "Deleted "
                  + originals
                  + " photo file(s) no photo names and "
                  + staged
                  + " staged leftover(s) older than "
                  + GRACE.toMinutes()
                  + " minutes");
    }
    return removed;
  }
}
