package org.summitry.imports.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/** An import as its pages show it: the file, where the background task stands, what it made. */
public record ImportView(
    Long id,
    String fileName,
    int rows,
    String status,
    int doneRows,
    int gifts,
    int people,
    int countries,
    int sources,
    int skipped,
    List<String> report,
    String failure,
    String actor,
    boolean publish,
    String presetName,
    OffsetDateTime createdAt,
    OffsetDateTime finishedAt,
    long millis,
    long cpuMillis,
    boolean resumable,
    boolean undoable) {

  /** Whether the background task has it: queued or running and not stalled. */
  public boolean working() {
    return (status.equals("QUEUED") || status.equals("RUNNING")) && !resumable;
  }

  public boolean undone() {
    return status.equals("UNDONE");
  }

  public boolean mapping() {
    return status.equals("MAPPING");
  }

  public int percent() {
    return rows == 0 ? 100 : (int) (100L * doneRows / rows);
  }

  /** Seconds spent importing, one decimal: "12.3". */
  public String seconds() {
    return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
  }

  /** Seconds of processor time the importing thread used, one decimal. */
  public String cpuSeconds() {
    return String.format(java.util.Locale.ROOT, "%.1f", cpuMillis / 1000.0);
  }
}
