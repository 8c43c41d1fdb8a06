package org.summitry.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes a load run sent and what the server answered to each, one tab-separated line per
 * event, written and flushed as it happens, so that the record survives a crash of the server (or
 * of the load tool) and can be checked against the database afterwards ({@code -Dverify-only}).
 *
 * <p>A write is <em>sent</em>, then either <em>acknowledged</em> (the 303 after a save, the
 * upload's page naming the stored photo, an import's committed rows), <em>refused</em> (the server
 * said no: a form shown again, a 4xx, a session that had ended) or <em>unknown</em> (a 5xx, a
 * timeout, a broken connection: it may or may not have been committed, so it is in flight).
 */
final class WriteLedger implements AutoCloseable {

  enum Event {
    SENT,
    ACK,
    REFUSED,
    UNKNOWN
  }

  /**
   * One event.
   *
   * @param kind {@code gift}, {@code summit}, {@code person}, {@code photo} or {@code import}
   * @param step {@code create}, {@code edit}, {@code publish}; {@code upload} for photos; {@code
   *     rows} for an import's committed rows
   * @param marker the entry's unique marker, a photo's SHA-256, an import's row marker prefix
   * @param id the entry, photo or import id once known, else 0
   * @param detail for photos the gallery ({@code summits/12}), for imports {@code done/total}
   */
  record Line(
      long at, Event event, String kind, String step, String marker, long id, String detail) {

    String key() {
      return kind + " " + step + " " + marker;
    }
  }

  private final BufferedWriter out;

  WriteLedger(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void append(
      Event event, String kind, String step, String marker, long id, String detail) {
    try {
      out.write(
          System.currentTimeMillis()
              + "\t"
              + event
              + "\t"
              + kind
              + "\t"
              + step
              + "\t"
              + marker
              + "\t"
              + id
              + "\t"
              + clean(detail)
              + "\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String detail) {
    return detail == null ? "" : detail.replaceAll("[\\t\\r\\n]+", " ");
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Line> read(Path file) {
    try {
      List<Line> lines = new ArrayList<>();
      for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = text.split("\t", -1);
        if (f.length < 7) {
          continue; // a line cut short by a crash of the load tool itself
        }
        lines.add(
            new Line(
                Long.parseLong(f[0]),
                Event.valueOf(f[1]),
                f[2],
                f[3],
                f[4],
                Long.parseLong(f[5]),
                f[6]));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What became of each write, by {@link Line#key()}: the last answer, or SENT when none came (the
   * tool itself stopped). An import's rows keep their largest acknowledged count.
   */
  static Map<String, Line> outcomes(List<Line> lines) {
    Map<String, Line> last = new LinkedHashMap<>();
    for (Line line : lines) {
      Line before = last.get(line.key());
      if (before != null
          && before.event() == Event.ACK
          && line.event() != Event.ACK
          && line.kind().equals("import")) {
        continue; // a later failure of the import does not undo rows already committed
      }
      if (before != null && line.id() == 0 && before.id() != 0) {
        line =
            new Line(
                line.at(),
                line.event(),
                line.kind(),
                line.step(),
                line.marker(),
                before.id(),
                line.detail().isEmpty() ? before.detail() : line.detail());
      }
      last.put(line.key(), line);
    }
    return last;
  }
}
