package org.summitry.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import org.summitry.exchange.control.ArchiveRestore;
import org.summitry.exchange.control.RestoreJob;

/**
 * Runs a restore from an uploaded archive in the background, on a (not persistent) EJB timer, as
 * imports and bulk work run: the upload's request ends at once and the administrator follows the
 * restore on its progress page. Outside any container transaction: the restore keeps one of its
 * own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestoreRunner {

  @Resource TimerService timers;
  @Inject Archives archives;

  /**
   * Takes the stored upload {@code file} for a restore and starts it.
   *
   * @throws ArchiveRestore.Refused when a quick check refuses the file or the instance; the file is
   *     left to the caller then
   */
  public RestoreJob start(Path file, String actor) throws ArchiveRestore.Refused, IOException {
    RestoreJob job = archives.accept(file, actor);
    try {
      timers.createSingleActionTimer(1, new TimerConfig(file.toString(), false));
    } catch (RuntimeException noTimer) {
      // Not left taken: the job says why nothing was restored, and another restore may start.
      archives.abandon(file, noTimer);
    }
    return job;
  }

  @Timeout
  void run(Timer timer) {
    archives.restore(Path.of((String) timer.getInfo()));
  }
}
