package org.summitry.imports.control;

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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Runs imports in the background, one EJB timer per import (not persistent: the progress in the
 * database is what survives a restart, and the curator resumes from it). A timer runs in the
 * application's own context, which a task handed on from another managed task was seen to lose.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  /** Rows of CSV imports committed, in batches. */
  static final String ROWS = "summitry_import_rows";

  /** Import runs that ran to the end or stopped at a failed batch. */
  static final String RUNS = "summitry_import_runs";

  /** Rows per transaction: a batch commits whole or not at all. */
  public static final int BATCH = 200;

  @Resource TimerService timers;
  @Inject ImportStore store;
  @Inject ImportBatch batch;
  @Inject MetricRegistry metrics;

  /** Starts the queued import {@code runId} in the background. */
  public void schedule(long runId) {
    timers.createSingleActionTimer(1, new TimerConfig(runId, false));
  }

  @Timeout
  void run(Timer timer) {
    long runId = (Long) timer.getInfo();
    if (!store.claim(runId)) {
      return;
    }
    long started = System.nanoTime();
    long startedCpu = cpuNanos();
    long earlierCpu = 0;
    long earlier = 0;
    int from = 0;
    try {
      ImportStore.Work work = store.work(runId);
      from = work.nextRow();
      earlier = work.runMillis();
      earlierCpu = work.cpuMillis();
      List<GiftRow> rows = work.rows();
      Lookups lookups = store.lookups();
      lookups.learnSpellings(rows);
      LOG.info(
          () ->
              "Import "
                  + runId
                  + " of "
                  + rows.size()
                  + " rows starts at row "
                  + (work.nextRow() + 1)
                  + ".");
      for (int start = work.nextRow(); start < rows.size(); start += BATCH) {
        from = start;
        int end = Math.min(rows.size(), start + BATCH);
        batch.importRows(
            runId,
            rows.subList(start, end),
            end,
            lookups,
            earlier,
            started,
            earlierCpu,
            startedCpu);
        metrics.counter(ROWS, new Tag("outcome", "committed")).inc(end - start);
      }
      metrics.counter(RUNS, new Tag("outcome", "finished")).inc();
      long millis = (System.nanoTime() - started) / 1_000_000;
      long cpu = (cpuNanos() - startedCpu) / 1_000_000;
      LOG.info(
          () ->
              "Import "
                  + runId
                  + " finished in "
                  + millis
                  + " ms ("
                  + cpu
                  + " ms of processor time).");
    } catch (RuntimeException failure) {
      int firstRow = from + 1;
      LOG.log(
          Level.WARNING,
          "Import " + runId + " failed in the batch from data row " + firstRow,
          failure);
      metrics.counter(RUNS, new Tag("outcome", "failed")).inc();
      store.fail(
          runId,
          "The batch starting at data row "
              + firstRow
              + " could not be imported and nothing of it was kept: "
              + rootMessage(failure),
          earlier + (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Processor time of the current thread so far, in nanoseconds (0 where it is not measured). */
  static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
