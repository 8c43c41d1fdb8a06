package org.summitry.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One uploaded file and its import. While it is being mapped and checked nothing is created; once
 * started, a background task imports its rows in batches that commit whole, and {@link #nextRow}
 * says how many data rows the committed batches covered, so a failed or interrupted import resumes
 * there and never imports a row twice.
 */
@Entity
@Table(name = "import_run")
@NamedQuery(
    name = ImportRun.RECENT,
    query = "SELECT r FROM ImportRun r ORDER BY r.createdAt DESC, r.id DESC")
public class ImportRun {

  public static final String RECENT = "ImportRun.recent";

  /** Longer than this without a committed batch, a running import is taken to have stopped. */
  public static final Duration STALLED_AFTER = Duration.ofMinutes(2);

  public enum Status {
    MAPPING,
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    /** Everything the import created was moved to the trash. */
    UNDONE
  }

  @Id
  @SequenceGenerator(name = "import_seq", sequenceName = "import_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_seq")
  private Long id;

  @Column(name = "file_name", nullable = false, length = 300)
  private String fileName;

  @Column(nullable = false)
  private String content;

  @Column(name = "row_count", nullable = false)
  private int rowCount;

  @Column(length = 20000)
  private String mapping;

  @Column(name = "preset_name", length = 100)
  private String presetName;

  @Column(nullable = false)
  private boolean publish;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.MAPPING;

  @Column(name = "next_row", nullable = false)
  private int nextRow;

  @Column(name = "gifts_created", nullable = false)
  private int giftsCreated;

  @Column(name = "people_created", nullable = false)
  private int peopleCreated;

  @Column(name = "countries_created", nullable = false)
  private int countriesCreated;

  @Column(name = "sources_created", nullable = false)
  private int sourcesCreated;

  @Column(name = "rows_skipped", nullable = false)
  private int rowsSkipped;

  @Column private String report;

  @Column(length = 2000)
  private String failure;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "heartbeat_at")
  private OffsetDateTime heartbeatAt;

  /** Time spent importing, summed over every attempt (resuming does not count the pause). */
  @Column(name = "run_millis", nullable = false)
  private long runMillis;

  /**
   * Processor time of the importing thread, summed like {@link #runMillis}: on a busy machine the
   * elapsed time says more about the neighbours than about the import.
   */
  @Column(name = "cpu_millis", nullable = false)
  private long cpuMillis;

  protected ImportRun() {}

  public ImportRun(String fileName, String content, int rowCount, String actor) {
    this.fileName = fileName;
    this.content = content;
    this.rowCount = rowCount;
    this.actor = actor;
    this.createdAt = now();
  }

  /** Whether the import can be started again from its last committed batch. */
  public boolean resumable() {
    return status == Status.FAILED || stalled();
  }

  /** Running, but no batch committed for a while: the instance that ran it stopped. */
  public boolean stalled() {
    return (status == Status.RUNNING || status == Status.QUEUED)
        && heartbeatAt != null
        && heartbeatAt.isBefore(now().minus(STALLED_AFTER));
  }

  public void queue(boolean publish, String actor) {
    this.publish = publish;
    this.actor = actor;
    this.status = Status.QUEUED;
    this.failure = null;
    this.heartbeatAt = now();
    if (startedAt == null) {
      startedAt = heartbeatAt;
    }
  }

  /** Queues a failed or stalled import again, as drafts or published as it was started. */
  public void resume(String actor) {
    if (!resumable()) {
      throw new IllegalStateException("Only a failed or stalled import can be resumed.");
    }
    queue(publish, actor);
  }

  /**
   * A batch committed: {@code nextRow} data rows are done, {@code millis} spent on the import so
   * far.
   */
  public void advance(
      int nextRow,
      int gifts,
      int people,
      int countries,
      int sources,
      int skipped,
      String skippedReport,
      long millis,
      long cpuMillis) {
    this.nextRow = nextRow;
    giftsCreated += gifts;
    peopleCreated += people;
    countriesCreated += countries;
    sourcesCreated += sources;
    rowsSkipped += skipped;
    runMillis = millis;
    this.cpuMillis = cpuMillis;
    if (!skippedReport.isEmpty()) {
      report = report == null ? skippedReport : report + skippedReport;
    }
    heartbeatAt = now();
    if (nextRow >= rowCount) {
      status = Status.DONE;
      finishedAt = heartbeatAt;
    }
  }

  /** Whether what the import created can be moved to the trash: it has stopped, and not undone. */
  public boolean undoable() {
    return (status == Status.DONE || status == Status.FAILED) && nextRow > 0;
  }

  /** Everything the import created is in the trash now. */
  public void undo() {
    if (!undoable()) {
      throw new IllegalStateException("Only a finished or stopped import can be undone.");
    }
    this.status = Status.UNDONE;
    this.heartbeatAt = now();
  }

  public void fail(String failure, long millis) {
    this.status = Status.FAILED;
    this.failure = failure.length() > 2000 ? failure.substring(0, 1999) + "…" : failure;
    this.runMillis = millis;
    this.heartbeatAt = now();
  }

  public void setMapping(String mapping, String presetName) {
    this.mapping = mapping;
    this.presetName = presetName;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContent() {
    return content;
  }

  public int getRowCount() {
    return rowCount;
  }

  public String getMapping() {
    return mapping;
  }

  public String getPresetName() {
    return presetName;
  }

  public boolean isPublish() {
    return publish;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
    this.heartbeatAt = now();
  }

  public int getNextRow() {
    return nextRow;
  }

  public int getGiftsCreated() {
    return giftsCreated;
  }

  public int getPeopleCreated() {
    return peopleCreated;
  }

  public int getCountriesCreated() {
    return countriesCreated;
  }

  public int getSourcesCreated() {
    return sourcesCreated;
  }

  public int getRowsSkipped() {
    return rowsSkipped;
  }

  public String getReport() {
    return report;
  }

  public String getFailure() {
    return failure;
  }

  public String getActor() {
    return actor;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public long getCpuMillis() {
    return cpuMillis;
  }

  public long getRunMillis() {
    return runMillis;
  }
}
