package org.summitry.exchange.control;

import java.time.Instant;
import org.summitry.kernel.Note;

/**
 * A restore from an uploaded archive, run in the background: how far it is while it runs, then what
 * it brought in or why it brought in nothing. Kept in memory only: the restored rows are what
 * lasts, and a restart forgets the job (and rolls back a restore it interrupted).
 */
public final class RestoreJob implements ArchiveRestore.Steps {

  /** Where a job is. */
  public enum Status {
    RUNNING,
    RESTORED,
    REFUSED
  }

  private final String actor;
  private final Instant started;
  private volatile Status status = Status.RUNNING;
  private volatile ArchiveRestore.Phase phase = ArchiveRestore.Phase.CHECKING;
  private volatile long done;
  private volatile long total;
  private volatile ArchiveRestore.Summary summary;
  private volatile Note refusal;

  public RestoreJob(String actor, Instant started) {
    this.actor = actor;
    this.started = started;
  }

  @Override
  public void at(ArchiveRestore.Phase phase, long done, long total) {
    this.phase = phase;
    this.total = total;
    this.done = done;
  }

  /** The restore ended well. */
  public void restored(ArchiveRestore.Summary summary) {
    this.summary = summary;
    this.status = Status.RESTORED;
  }

  /** The restore changed nothing, for {@code reason}. */
  public void refused(Note reason) {
    this.refusal = reason;
    this.status = Status.REFUSED;
  }

  public String actor() {
    return actor;
  }

  public Instant started() {
    return started;
  }

  public Status status() {
    return status;
  }

  public boolean finished() {
    return status != Status.RUNNING;
  }

  public ArchiveRestore.Phase phase() {
    return phase;
  }

  public long done() {
    return done;
  }

  public long total() {
    return total;
  }

  /** What was restored; null unless {@link Status#RESTORED}. */
  public ArchiveRestore.Summary summary() {
    return summary;
  }

  /** Why nothing was; null unless {@link Status#REFUSED}. */
  public Note refusal() {
    return refusal;
  }
}
