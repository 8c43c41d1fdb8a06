package org.summitry.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.summitry.scale.Curator.EntryKind;
import org.summitry.scale.WriteLedger.Event;
import org.summitry.scale.WriteLedger.Line;

/**
 * Checks the writes of a {@link WriteLedger} against the database itself (over JDBC) and the photo
 * folder: every acknowledged write is there exactly once (an entry's marker in one row, its edit
 * and publication kept, one journal row per change; a photo's row, gallery place and file; an
 * import's committed rows), a write that was in flight is either there once or not at all, and the
 * photo folder agrees with the photo table (no row without its file, no file without its row,
 * nothing left in {@code photos/tmp}). With the app's address it also waits for the search index to
 * follow the journal ({@code /health/ready} lag 0) and searches for the latest published markers.
 */
final class WriteAudit {

  /** A marker as written into titles and names: "ml", the run, a kind letter, a number. */
  static final Pattern MARKER =
      Pattern.compile("(?<![0-9a-z])(ml[0-9a-z]{6}[gspi][0-9]+(?:r[0-9]+)?)(?![0-9a-z])");

  /** An import's progress in the ledger: rows done, of all its rows. */
  private static final Pattern PROGRESS = Pattern.compile("(\\d+)/(\\d+)");

  private static final Pattern HEX2 = Pattern.compile("[0-9a-f]{2}");

  private final Connection db;
  private final Path data;
  private final List<String> failures = new ArrayList<>();
  private final StringBuilder report = new StringBuilder();

  /**
   * @param data the app's data folder (photos under {@code photos/}), or null to skip the files
   */
  WriteAudit(Connection db, Path data) {
    this.db = db;
    this.data = data;
  }

  /** What the checks found, to print. */
  String report() {
    return report.toString();
  }

  /** The checks that failed: lost or duplicated writes, files missing or orphaned. */
  List<String> failures() {
    return failures;
  }

  private void say(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private void fail(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    failures.add(text);
    report.append("  ✗ ").append(text).append('\n');
  }

  /** One database row that carries a marker. */
  private record Row(long id, String text, boolean published, boolean trashed) {}

  /** What the ledger says of one entry's create, edit and publish. */
  private static final class EntryWrites {
    final EntryKind kind;
    final String marker;
    Line create;
    Line edit;
    Line publish;

    EntryWrites(EntryKind kind, String marker) {
      this.kind = kind;
      this.marker = marker;
    }
  }

  void check(List<Line> ledger) throws SQLException {
    Map<String, Line> outcomes = WriteLedger.outcomes(ledger);
    checkEntries(outcomes);
    Set<String> runPhotos = checkPhotos(outcomes);
    checkImports(ledger, outcomes);
    if (data != null) {
      checkPhotoFolder(runPhotos);
    } else {
      say("Photo folder: not checked (give -Ddata=<the app's data folder>).");
    }
  }

  private void checkEntries(Map<String, Line> outcomes) throws SQLException {
    Map<String, EntryWrites> entries = new LinkedHashMap<>();
    for (Line line : outcomes.values()) {
      EntryKind kind = kindOf(line.kind());
      if (kind == null) {
        continue;
      }
      EntryWrites writes =
          entries.computeIfAbsent(line.marker(), m -> new EntryWrites(kind, line.marker()));
      switch (line.step()) {
        case "create" -> writes.create = line;
        case "edit" -> writes.edit = line;
        case "publish" -> writes.publish = line;
        default -> {}
      }
    }
    for (EntryKind kind : EntryKind.values()) {
      List<EntryWrites> ofKind =
          entries.values().stream().filter(e -> e.kind == kind && e.create != null).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      Map<String, List<Row>> rows = rows(kind, runsOf(ofKind.stream().map(e -> e.marker)));
      int acked = 0;
      int present = 0;
      int inFlight = 0;
      int committed = 0;
      int refused = 0;
      int edits = 0;
      int publishes = 0;
      int journalChecked = 0;
      for (EntryWrites e : ofKind) {
        List<Row> found = rows.getOrDefault(e.marker, List.of());
        if (found.size() > 1) {
          fail(
              "%s %s is in the database %d times (ids %s)",
              kind.name, e.marker, found.size(), ids(found));
        }
        switch (e.create.event()) {
          case ACK -> {
            acked++;
            if (found.isEmpty()) {
              fail(
                  "%s %s (id %d) was acknowledged but is not in the database",
                  kind.name, e.marker, e.create.id());
            } else {
              present++;
            }
          }
          case REFUSED -> {
            refused++;
            if (!found.isEmpty()) {
              fail(
                  "%s %s was refused (%s) but is in the database",
                  kind.name, e.marker, e.create.detail());
            }
          }
          default -> {
            inFlight++;
            if (!found.isEmpty()) {
              committed++;
            }
          }
        }
        if (found.size() != 1) {
          continue;
        }
        Row row = found.get(0);
        boolean editAcked = e.edit != null && e.edit.event() == Event.ACK;
        boolean publishAcked = e.publish != null && e.publish.event() == Event.ACK;
        if (editAcked) {
          edits++;
          if (row.text() == null || !row.text().contains(EntryKind.edited(e.marker))) {
            fail("%s %s (id %d): the acknowledged edit is lost", kind.name, e.marker, row.id());
          }
        }
        if (publishAcked) {
          publishes++;
          if (!row.published() || row.trashed()) {
            fail(
                "%s %s (id %d): the acknowledged publication is lost",
                kind.name, e.marker, row.id());
          }
        }
        journalChecked++;
        checkJournal(kind, e, row.id(), editAcked, publishAcked);
      }
      say(
          "%-7s %5d creates acknowledged, %d in the database exactly once; %d in flight (%d of them"
              + " committed), %d refused; %d edits and %d publications acknowledged; journal of %d"
              + " entries checked",
          kind.name,
          acked,
          present,
          inFlight,
          committed,
          refused,
          edits,
          publishes,
          journalChecked);
    }
  }

  /** One CREATED row per entry, and as many UPDATED and PUBLISHED rows as there were such saves. */
  private void checkJournal(
      EntryKind kind, EntryWrites e, long id, boolean editAcked, boolean publishAcked)
      throws SQLException {
    Map<String, Integer> actions = journal(kind.name.toUpperCase(Locale.ROOT), id);
    int created = actions.getOrDefault("CREATED", 0);
    int updated = actions.getOrDefault("UPDATED", 0);
    int published = actions.getOrDefault("PUBLISHED", 0);
    if (created != 1) {
      fail("%s %s (id %d) has %d CREATED journal rows", kind.name, e.marker, id, created);
    }
    if (updated < (editAcked ? 1 : 0) || updated > (e.edit == null ? 0 : 1)) {
      fail(
          "%s %s (id %d) has %d UPDATED journal rows for %s",
          kind.name,
          e.marker,
          id,
          updated,
          e.edit == null ? "no edit" : "one edit " + e.edit.event());
    }
    if (published < (publishAcked ? 1 : 0) || published > (e.publish == null ? 0 : 1)) {
      fail(
          "%s %s (id %d) has %d PUBLISHED journal rows for %s",
          kind.name,
          e.marker,
          id,
          published,
          e.publish == null ? "no publication" : "one publication " + e.publish.event());
    }
  }

  private Map<String, Integer> journal(String type, long id) throws SQLException {
    Map<String, Integer> actions = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT action, COUNT(*) FROM journal WHERE entry_type = ? AND entry_id = ? GROUP BY action")) {
      query.setString(1, type);
      query.setLong(2, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          actions.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return actions;
  }

  private static EntryKind kindOf(String name) {
    for (EntryKind kind : EntryKind.values()) {
      if (kind.name.equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /** The runs ("ml" and six characters) the markers belong to. */
  private static Set<String> runsOf(Stream<String> markers) {
    Set<String> runs = new TreeSet<>();
    markers.forEach(m -> runs.add(m.substring(0, 8)));
    return runs;
  }

  private static String ids(List<Row> rows) {
    return rows.stream().map(r -> Long.toString(r.id())).toList().toString();
  }

  /** The entries of a kind whose title (or name) carries a marker of these runs, by marker. */
  private Map<String, List<Row>> rows(EntryKind kind, Set<String> runs) throws SQLException {
    String table = kind == EntryKind.PERSON ? "person" : kind.name;
    Map<String, List<Row>> byMarker = new HashMap<>();
    for (String run : runs) {
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT id, "
                  + kind.nameField
                  + ", "
                  + kind.textField
                  + ", published, deleted_at FROM "
                  + table
                  + " WHERE "
                  + kind.nameField
                  + " LIKE ?")) {
        query.setString(1, "%" + run + "%");
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            Matcher marker = MARKER.matcher(rs.getString(2));
            if (marker.find()) {
              byMarker
                  .computeIfAbsent(marker.group(1), m -> new ArrayList<>())
                  .add(
                      new Row(
                          rs.getLong(1),
                          rs.getString(3),
                          rs.getBoolean(4),
                          rs.getObject(5) != null));
            }
          }
        }
      }
    }
    return byMarker;
  }

  /** Acknowledged uploads: row, gallery place, journal row, file. Returns the run's digests. */
  private Set<String> checkPhotos(Map<String, Line> outcomes) throws SQLException {
    Set<String> digests = new HashSet<>();
    int acked = 0;
    int present = 0;
    int inFlight = 0;
    int committed = 0;
    int refused = 0;
    for (Line line : outcomes.values()) {
      if (!line.kind().equals("photo")) {
        continue;
      }
      String sha256 = line.marker();
      digests.add(sha256);
      List<Long> photos = new ArrayList<>();
      try (PreparedStatement query = db.prepareStatement("SELECT id FROM photo WHERE sha256 = ?")) {
        query.setString(1, sha256);
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            photos.add(rs.getLong(1));
          }
        }
      }
      if (photos.size() > 1) {
        fail("photo %s is in the database %d times", sha256, photos.size());
      }
      String[] gallery = line.detail().split(" ")[0].split("/");
      long places =
          photos.isEmpty() || gallery.length < 2 ? 0 : galleryPlaces(gallery, photos.get(0));
      if (places > 1) {
        fail("photo %s is %d times in the gallery of %s", sha256, places, line.detail());
      }
      switch (line.event()) {
        case ACK -> {
          acked++;
          if (photos.isEmpty()) {
            fail("photo %s (id %d) was acknowledged but is not in the database", sha256, line.id());
            continue;
          }
          present++;
          if (places != 1) {
            fail(
                "photo %s (id %d) was acknowledged but is not in the gallery of %s",
                sha256, line.id(), line.detail());
          }
          int created = journal("PHOTO", photos.get(0)).getOrDefault("CREATED", 0);
          if (created != 1) {
            fail("photo %s (id %d) has %d CREATED journal rows", sha256, photos.get(0), created);
          }
          if (data != null && !Files.isRegularFile(photoFile(sha256))) {
            fail(
                "photo %s (id %d) was acknowledged but its file is missing", sha256, photos.get(0));
          }
        }
        case REFUSED -> {
          refused++;
          if (!photos.isEmpty() && places > 0) {
            fail("photo %s was refused (%s) but is in the gallery", sha256, line.detail());
          }
        }
        default -> {
          inFlight++;
          if (!photos.isEmpty()) {
            committed++;
          }
        }
      }
    }
    if (!digests.isEmpty()) {
      say(
          "photo   %5d uploads acknowledged, %d in the database exactly once; %d in flight (%d of"
              + " them committed), %d refused",
          acked, present, inFlight, committed, refused);
    }
    return digests;
  }

  private long galleryPlaces(String[] gallery, long photo) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT COUNT(*) FROM gallery_item WHERE entry_type = ? AND entry_id = ? AND photo_id = ?")) {
      query.setString(1, gallery[0].equals("summits") ? "SUMMIT" : "GIFT");
      query.setLong(2, Long.parseLong(gallery[1]));
      query.setLong(3, photo);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Each import's rows: those acknowledged as committed there once, the rest at most once. */
  private void checkImports(List<Line> ledger, Map<String, Line> outcomes) throws SQLException {
    Map<String, Integer> totals = new HashMap<>();
    for (Line line : ledger) {
      Matcher progress = PROGRESS.matcher(line.detail());
      if (line.kind().equals("import") && progress.matches()) {
        totals.put(line.marker(), Integer.parseInt(progress.group(2)));
      }
    }
    for (Line line : outcomes.values()) {
      if (!line.kind().equals("import")) {
        continue;
      }
      Matcher progress = PROGRESS.matcher(line.detail());
      int done =
          line.event() == Event.ACK && progress.matches() ? Integer.parseInt(progress.group(1)) : 0;
      int total = totals.getOrDefault(line.marker(), 0);
      String prefix = line.marker();
      Map<Integer, Integer> found = new HashMap<>();
      try (PreparedStatement query =
          db.prepareStatement("SELECT title FROM gift WHERE title LIKE ?")) {
        query.setString(1, "%" + prefix + "r%");
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            Matcher marker = MARKER.matcher(rs.getString(1));
            if (marker.find() && marker.group(1).startsWith(prefix + "r")) {
              found.merge(
                  Integer.parseInt(marker.group(1).substring(prefix.length() + 1)),
                  1,
                  Integer::sum);
            }
          }
        }
      }
      String status = "no import_run row";
      Set<Integer> skipped = new HashSet<>();
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT status, next_row, row_count, gifts_created, rows_skipped, report, failure FROM import_run WHERE id = ?")) {
        query.setLong(1, line.id());
        try (ResultSet rs = query.executeQuery()) {
          if (rs.next()) {
            status =
                String.format(
                    Locale.ROOT,
                    "%s, next row %d of %d, %d gifts created, %d rows skipped%s",
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getString(7) == null ? "" : ", failure: " + rs.getString(7));
            Matcher row =
                Pattern.compile("Row (\\d+)")
                    .matcher(rs.getString(6) == null ? "" : rs.getString(6));
            while (row.find()) {
              skipped.add(Integer.parseInt(row.group(1)) - 1); // the header is row 1
            }
          }
        }
      }
      int present = 0;
      int beyond = 0;
      for (int n = 1; n <= total; n++) {
        int times = found.getOrDefault(n, 0);
        if (times > 1) {
          fail("import %d: row %s r%d is in the database %d times", line.id(), prefix, n, times);
        }
        if (n <= done && !skipped.contains(n)) {
          if (times == 0) {
            fail(
                "import %d: row %s r%d was acknowledged as committed but is not in the database",
                line.id(), prefix, n);
          } else {
            present++;
          }
        } else if (n > done && times > 0) {
          beyond++;
        }
      }
      say(
          "import  %d (%s): %d of %d rows acknowledged as committed, %d of them in the database"
              + " exactly once, %d skipped as invalid; %d rows past the acknowledged ones are in the"
              + " database; import_run: %s",
          line.id(), prefix, done, total, present, skipped.size(), beyond, status);
    }
  }

  /**
   * The photo folder against the photo table: every row's file is there, every file under {@code
   * photos/ab/} has its row, and {@code photos/tmp} holds nothing (when the app is idle).
   */
  private void checkPhotoFolder(Set<String> runPhotos) throws SQLException {
    Path photos = data.resolve("photos");
    Set<String> rows = new HashSet<>();
    long missing = 0;
    long missingOfRun = 0;
    List<String> examples = new ArrayList<>();
    try (Statement query = db.createStatement()) {
      query.setFetchSize(10_000);
      try (ResultSet rs = query.executeQuery("SELECT sha256, id FROM photo")) {
        while (rs.next()) {
          String sha256 = rs.getString(1).strip();
          rows.add(sha256);
          if (!Files.isRegularFile(photoFile(sha256))) {
            missing++;
            if (runPhotos.contains(sha256)) {
              missingOfRun++;
              if (examples.size() < 10) {
                examples.add("id " + rs.getLong(2) + " " + sha256);
              }
            }
          }
        }
      }
    }
    say(
        "Photo folder %s: %d photo rows (%d uploaded by this ledger's runs), %d without their file"
            + " (%d of this ledger's)",
        photos,
        rows.size(),
        runPhotos.stream().filter(rows::contains).count(),
        missing,
        missingOfRun);
    if (missingOfRun > 0) {
      fail("%d photo rows of this run have no file, such as %s", missingOfRun, examples);
    }
    if (missing > missingOfRun) {
      say(
          "  (%d rows of other photos have no file: a generated catalog's photo records have none)",
          missing - missingOfRun);
    }
    List<String> orphans = new ArrayList<>();
    long orphanBytes = 0;
    long staleDerivatives = 0;
    if (Files.isDirectory(photos)) {
      try (Stream<Path> dirs = Files.list(photos)) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          String name = dir.getFileName().toString();
          if (HEX2.matcher(name).matches()) {
            try (Stream<Path> files = Files.list(dir)) {
              for (Path file : files.toList()) {
                if (!rows.contains(file.getFileName().toString())) {
                  orphans.add(describe(file));
                  orphanBytes += Files.size(file);
                }
              }
            }
          } else if (name.equals("derivatives")) {
            try (Stream<Path> derived = Files.walk(dir, 2)) {
              staleDerivatives =
                  derived
                      .filter(p -> p.getNameCount() - dir.getNameCount() == 2)
                      .filter(p -> !rows.contains(p.getFileName().toString()))
                      .count();
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (orphans.isEmpty()) {
      say("  no orphan file (every file under photos/ab/ has its row)");
    } else {
      fail(
          "%d orphan files under photos/ (no photo row; %.1f MB), such as %s",
          orphans.size(), orphanBytes / 1e6, orphans.subList(0, Math.min(10, orphans.size())));
    }
    if (staleDerivatives > 0) {
      say("  %d derivative folders belong to no photo row", staleDerivatives);
    }
    Path tmp = photos.resolve("tmp");
    List<String> staged = new ArrayList<>();
    if (Files.isDirectory(tmp)) {
      try (Stream<Path> files = Files.list(tmp)) {
        files.sorted(Comparator.naturalOrder()).forEach(f -> staged.add(describe(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (staged.isEmpty()) {
      say("  photos/tmp is empty");
    } else {
      fail(
          "photos/tmp holds %d files while the app is idle, such as %s",
          staged.size(), staged.subList(0, Math.min(10, staged.size())));
    }
  }

  private static String describe(Path file) {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      return String.format(
          Locale.ROOT, "%s (%d bytes, %s)", file.getFileName(), Files.size(file), modified);
    } catch (IOException e) {
      return file.getFileName().toString();
    }
  }

  private Path photoFile(String sha256) {
    return data.resolve("photos").resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /**
   * Waits until the app's search index has taken in the whole journal ({@code /health/ready} with
   * lag 0), then searches for the latest published markers (at most {@code samples}) through the
   * API; every one of them must be found.
   */
  void checkIndex(List<Line> ledger, URI base, Duration wait, int samples) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Instant start = Instant.now();
    Instant deadline = start.plus(wait);
    Pattern lag = Pattern.compile("\"lag\"\\s*:\\s*\"?(\\d+)");
    String last = "";
    boolean caughtUp = false;
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> ready = get(http, base.resolve("/health/ready"));
      last = ready == null ? "(no answer)" : ready.statusCode() + " " + ready.body();
      Matcher behind = lag.matcher(last);
      if (ready != null
          && ready.statusCode() == 200
          && behind.find()
          && behind.group(1).equals("0")) {
        caughtUp = true;
        break;
      }
      sleep(1000);
    }
    long waited = Duration.between(start, Instant.now()).toSeconds();
    if (caughtUp) {
      say("Search index: caught up (/health/ready lag 0) after %d s of waiting", waited);
    } else {
      fail(
          "the search index did not catch up within %d s: /health/ready said %s",
          wait.toSeconds(), last);
    }
    List<String> markers = new ArrayList<>();
    for (Line line : WriteLedger.outcomes(ledger).values()) {
      if (line.event() != Event.ACK) {
        continue;
      }
      if (line.step().equals("publish")) {
        markers.add(line.marker());
      } else if (line.kind().equals("import")) {
        int done = Integer.parseInt(line.detail().split("/")[0]);
        if (done > 0) {
          markers.add(line.marker() + "r" + done);
        }
      }
    }
    List<String> latest = markers.subList(Math.max(0, markers.size() - samples), markers.size());
    List<String> missing = new ArrayList<>();
    Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    for (String marker : latest) {
      HttpResponse<String> found =
          get(
              http,
              base.resolve(
                  "/api/v1/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)));
      Matcher count = total.matcher(found == null ? "" : found.body());
      if (found == null
          || found.statusCode() != 200
          || !count.find()
          || count.group(1).equals("0")) {
        missing.add(marker + (found == null ? " (no answer)" : " (" + found.statusCode() + ")"));
      }
    }
    if (missing.isEmpty()) {
      say("  the latest %d published markers are all found by search", latest.size());
    } else {
      fail(
          "%d of the latest %d published markers are not found by search: %s",
          missing.size(), latest.size(), missing.subList(0, Math.min(10, missing.size())));
    }
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
