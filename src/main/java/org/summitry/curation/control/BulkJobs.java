package org.summitry.curation.control;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * The bulk work of this instance: jobs waiting for confirmation, running or done, kept in memory
 * (the entries they changed and their journal rows are in the database; the job itself is only the
 * progress and the summary, so a restart forgets it). Large jobs run in the background, one entry
 * after another, outside any transaction of their own: each entry's change is its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkJobs {

  private static final Logger LOG = Logger.getLogger(BulkJobs.class.getName());

  /** Jobs larger than this run in the background while a progress page follows them. */
  public static final int IN_REQUEST = 200;

  /** The most jobs kept; the oldest are forgotten first. */
  static final int KEPT = 100;

  private final Map<Long, BulkJob> jobs = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

  @Resource TimerService timers;

  /** A new job waiting for confirmation: nothing changes before {@link #start}. */
  public BulkJob prepare(
      String kind,
      String action,
      String detail,
      List<Long> entries,
      String actor,
      BulkJob.Step step,
      LongFunction<String> title) {
    BulkJob job =
        new BulkJob(ids.incrementAndGet(), kind, action, detail, entries, actor, step, title);
    jobs.put(job.id(), job);
    forgetOldest();
    return job;
  }

  public Optional<BulkJob> find(long id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /**
   * Runs a confirmed job: at once when it is small, in the background when it is large. False when
   * it was started already.
   */
  public boolean start(BulkJob job) {
    if (!job.start()) {
      return false;
    }
    if (job.total() <= IN_REQUEST) {
      runLogged(job);
    } else {
      timers.createSingleActionTimer(1, new TimerConfig(job.id(), false));
    }
    return true;
  }

  @Timeout
  void run(Timer timer) {
    find((Long) timer.getInfo()).ifPresent(this::runLogged);
  }

  private void runLogged(BulkJob job) {
    long started = System.nanoTime();
    job.run();
    LOG.info(
        () ->
            "Bulk job "
                + job.id()
                + " ("
                + job.action()
                + " on "
                + job.total()
                + " "
                + job.kind()
                + " by "
                + job.actor()
                + "): "
                + job.changed()
                + " changed, "
                + job.refused().size()
                + " refused, in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms.");
  }

  private void forgetOldest() {
    while (jobs.size() > KEPT) {
      Optional<BulkJob> oldest =
          jobs.values().stream()
              .filter(job -> job.status() != BulkJob.Status.RUNNING)
              .min(Comparator.comparingLong(BulkJob::id));
      if (oldest.isEmpty()) {
        return;
      }
      jobs.remove(oldest.get().id());
    }
  }
}
