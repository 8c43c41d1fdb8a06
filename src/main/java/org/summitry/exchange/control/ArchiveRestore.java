package org.summitry.exchange.control;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.summitry.kernel.Note;

/**
 * Restores an archive file (see {@link ArchiveFormat}) into an empty instance: checks the manifest
 * and the schema version, refuses an instance that holds entries, reads every table member once to
 * check its size, checksum and row count before the database does any work, then inserts the rows
 * in foreign-key order in one transaction, stages the photo files, and only then commits and moves
 * the files into place. Whatever fails leaves the instance as it was: empty, with no stray file.
 * Plain JDBC, for the back office and the shell command alike.
 *
 * <p>The file may be hostile, so every limit holds before the work it limits is done: each member
 * is read through a {@link MemberInput} that stops one byte past what the manifest promised for it
 * (the ZIP's own size fields are never trusted), lines and JSON nesting are bounded, a photo file
 * is bounded by its photo's recorded size and by the largest upload the app accepts and must begin
 * as its media type says, and the photos' total must fit the disk before the first is written.
 */
public final class ArchiveRestore {

  private static final Logger LOG = Logger.getLogger(ArchiveRestore.class.getName());
  private static final int BATCH = 500;

  /**
   * Rows are sent to the database in batches of {@link #BATCH}, or sooner once their lines add up
   * to this, so that a batch of long rows holds tens of megabytes, not gigabytes.
   */
  private static final long BATCH_BYTES = 16L * 1024 * 1024;

  private static final String PHOTO_ROWS = "entries/photo.jsonl";

  /** What the manifest says about the photo files: how many, and their bytes together. */
  private record PhotoFiles(long files, long bytes) {}

  /** An archive that cannot be restored here, with a message for the person restoring it. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    private final Note reason;

    public Refused(Note reason) {
      super(reason.toString());
      this.reason = reason;
    }

    Refused(Note reason, Throwable cause) {
      super(reason.toString(), cause);
      this.reason = reason;
    }

    /** The reason, to be put in the words of whoever reads it later. */
    public Note reason() {
      return reason;
    }

    /** The reason in the language of the locale; {@link #getMessage()} has it in English. */
    public String message(Locale locale) {
      return reason.in(locale);
    }
  }

  /** What a restore brought in: rows per table and photo files. */
  public record Summary(Map<String, Long> rows, long photoFiles) {
    public long entries() {
      return ArchiveFormat.TABLES.stream()
          .filter(t -> t.member().startsWith("entries/"))
          .mapToLong(t -> rows.getOrDefault(t.name(), 0L))
          .sum();
    }
  }

  public static final Note NOT_EMPTY = Note.of("restore.refusal.notEmpty");

  /** The steps of a restore, in their order. */
  public enum Phase {
    /** Every table member is read through once and checked: rows of all rows. */
    CHECKING,
    /** The rows go into the database, in one transaction: rows of all rows. */
    ROWS,
    /** The photo files are copied aside, still within that transaction: files of all files. */
    PHOTOS,
    /** The transaction has committed; the files move into place. */
    FINISHING
  }

  /** Told how far a restore is, from the thread that restores; must return quickly. */
  @FunctionalInterface
  public interface Steps {
    void at(Phase phase, long done, long total);
  }

  /** How often, in rows, {@link Steps} is told. */
  private static final int STEP_ROWS = 200;

  private final DataSource dataSource;
  private final Path photoFolder;
  private final String schemaVersion;
  private Steps steps = (phase, done, total) -> {};
  private long rowsDone;
  private long rowsTotal;

  /**
   * @param photoFolder the data folder's {@code photos}, where originals are kept by digest
   * @param schemaVersion this database's Flyway schema version, which the archive's must equal
   */
  public ArchiveRestore(DataSource dataSource, Path photoFolder, String schemaVersion) {
    this.dataSource = dataSource;
    this.photoFolder = photoFolder;
    this.schemaVersion = schemaVersion;
  }

  /** Has {@code steps} told how far {@link #restore(Path)} is; returns this. */
  public ArchiveRestore following(Steps steps) {
    this.steps = steps;
    return this;
  }

  /** Whether this instance holds no entry and no history of entries (accounts do not count). */
  public boolean empty() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return firstNonEmpty(connection) == null;
    }
  }

  /**
   * Restores the archive in {@code file}.
   *
   * @throws Refused when the file is not a sound archive of this schema version or the instance is
   *     not empty; nothing has changed then
   */
  public Summary restore(Path file) throws Refused, IOException {
    try (ZipFile zip = open(file)) {
      Map<String, Object> manifest = manifest(zip);
      Map<String, Map<String, Object>> members = members(manifest);
      PhotoFiles photos = photoFiles(manifest);
      checkMembers(zip, members, photos);
      refuseUnlessEmpty();
      rowsTotal = members.values().stream().mapToLong(about -> (Long) about.get("rows")).sum();
      rowsDone = 0;
      steps.at(Phase.CHECKING, 0, rowsTotal);
      for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
        verify(zip, table, members.get(table.member()));
      }
      Path staging = photoFolder.resolve("tmp").resolve("restore-" + UUID.randomUUID());
      try {
        checkFreeSpace(staging.getParent(), photos);
        Summary summary = restore(zip, members, photos, staging);
        steps.at(Phase.FINISHING, summary.photoFiles(), summary.photoFiles());
        moveIntoPlace(staging);
        return summary;
      } finally {
        deleteTree(staging);
      }
    }
  }

  /**
   * The checks of {@link #restore(Path)} that take no time, for an answer while the person
   * restoring waits: the file is a ZIP with a sound manifest that lists every member it holds, and
   * this instance is empty. The members' contents are checked by the restore itself.
   *
   * @throws Refused when the file or the instance fails one of them
   */
  public void precheck(Path file) throws Refused, IOException {
    try (ZipFile zip = open(file)) {
      Map<String, Object> manifest = manifest(zip);
      checkMembers(zip, members(manifest), photoFiles(manifest));
      refuseUnlessEmpty();
    }
  }

  /**
   * Refuses early, before the members are read, an instance that holds entries; the transaction
   * checks again.
   */
  private void refuseUnlessEmpty() throws Refused, IOException {
    try (Connection connection = dataSource.getConnection()) {
      refuseUnlessEmpty(connection);
    } catch (SQLException e) {
      throw new IOException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  private static void refuseUnlessEmpty(Connection connection) throws Refused, SQLException {
    String holds = firstNonEmpty(connection);
    if (holds != null) {
      LOG.info(() -> "Restore refused: the table " + holds + " holds rows.");
      throw new Refused(NOT_EMPTY);
    }
  }

  private static ZipFile open(Path file) throws Refused, IOException {
    try {
      return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException notZip) {
      throw new Refused(Note.of("restore.refusal.notZip"));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> manifest(ZipFile zip) throws Refused, IOException {
    ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
    if (entry == null) {
      throw new Refused(Note.of("restore.refusal.noManifest"));
    }
    Object parsed;
    // Counted as it inflates: the size in the ZIP's headers is whatever the file says it is.
    try (InputStream in =
        new MemberInput(
            zip.getInputStream(entry),
            ArchiveFormat.MAX_MANIFEST_BYTES,
            Note.of(
                "restore.refusal.manifestTooLarge",
                ArchiveFormat.MAX_MANIFEST_BYTES / (1024 * 1024)))) {
      parsed = JsonText.parse(utf8(in.readAllBytes()));
    } catch (MemberInput.TooLarge tooLarge) {
      throw new Refused(tooLarge.reason());
    } catch (IllegalArgumentException
        | CharacterCodingException
        | ZipException
        | EOFException bad) {
      throw new Refused(
          Note.of("restore.refusal.manifestUnreadable", String.valueOf(bad.getMessage())));
    }
    if (!(parsed instanceof Map<?, ?> map)
        || !ArchiveFormat.FORMAT.equals(map.get("format"))
        || !(map.get("formatVersion") instanceof Long)) {
      throw new Refused(Note.of("restore.refusal.notSummitry", ArchiveFormat.FORMAT));
    }
    long version = (Long) map.get("formatVersion");
    if (version != ArchiveFormat.FORMAT_VERSION) {
      throw new Refused(
          Note.of(
              "restore.refusal.formatVersion",
              String.valueOf(version),
              String.valueOf(ArchiveFormat.FORMAT_VERSION)));
    }
    Object archived = map.get("schemaVersion");
    if (!schemaVersion.equals(archived)) {
      throw new Refused(
          Note.of(
              "restore.refusal.schemaVersion",
              String.valueOf(archived),
              String.valueOf(schemaVersion)));
    }
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> members(Map<String, Object> manifest)
      throws Refused {
    if (!(manifest.get("members") instanceof Map<?, ?> listed)) {
      throw new Refused(Note.of("restore.refusal.noMembers"));
    }
    Map<String, Map<String, Object>> members = new LinkedHashMap<>();
    for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
      Object about = listed.get(table.member());
      if (!(about instanceof Map<?, ?> details)
          || !ArchiveFormat.isSha256(details.get("sha256"))
          || !(details.get("size") instanceof Long size)
          || size < 0
          || !(details.get("rows") instanceof Long rows)
          || rows < 0) {
        throw new Refused(Note.of("restore.refusal.memberUndescribed", table.member()));
      }
      members.put(table.member(), (Map<String, Object>) details);
    }
    return members;
  }

  /**
   * How many photo files the manifest promises and their bytes together, which can be no more than
   * that many of the largest photo the app accepts.
   */
  private static PhotoFiles photoFiles(Map<String, Object> manifest) throws Refused {
    if (!(manifest.get("photos") instanceof Map<?, ?> photos)
        || !(photos.get("files") instanceof Long files)
        || files < 0
        || !(photos.get("bytes") instanceof Long bytes)
        || bytes < 0) {
      throw new Refused(Note.of("restore.refusal.photosUndescribed"));
    }
    if (files > 0 && bytes / files > ArchiveFormat.MAX_PHOTO_BYTES) {
      throw new Refused(
          Note.of(
              "restore.refusal.photosDeclared",
              megabytes(bytes),
              files,
              megabytes(ArchiveFormat.MAX_PHOTO_BYTES)));
    }
    return new PhotoFiles(files, bytes);
  }

  /**
   * Every member must be one the format knows, every table member must be there, and the photo
   * files as many as the manifest says.
   */
  private static void checkMembers(
      ZipFile zip, Map<String, Map<String, Object>> members, PhotoFiles photos) throws Refused {
    for (String name : members.keySet()) {
      if (zip.getEntry(name) == null) {
        throw new Refused(Note.of("restore.refusal.missing", name));
      }
    }
    long photoFiles = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      String name = entry.getName();
      if (ArchiveFormat.PHOTO_MEMBER.matcher(name).matches()) {
        photoFiles++;
        continue;
      }
      if (entry.isDirectory() || name.equals(ArchiveFormat.MANIFEST) || members.containsKey(name)) {
        continue;
      }
      throw new Refused(Note.of("restore.refusal.unknownFile", name));
    }
    if (photoFiles != photos.files()) {
      throw wrongPhotoCount(photoFiles, photos);
    }
  }

  private static Refused wrongPhotoCount(long photoFiles, PhotoFiles photos) {
    return new Refused(Note.of("restore.refusal.photoCount", photoFiles, photos.files()));
  }

  /**
   * Reads a table member through once, before the database does any work: it must hold no more and
   * no fewer bytes than its manifest says, with its checksum, in as many lines as it has rows, none
   * longer than {@link ArchiveFormat#MAX_LINE_BYTES}.
   */
  private void verify(ZipFile zip, ArchiveFormat.Table table, Map<String, Object> about)
      throws Refused, IOException {
    String member = table.member();
    long lines = 0;
    try (MemberInput in = member(zip, member, (Long) about.get("size"))) {
      Lines reader = new Lines(in, ArchiveFormat.MAX_LINE_BYTES, member);
      while (reader.next()) {
        lines++;
        rowDone(Phase.CHECKING);
      }
      checkSizeAndChecksum(in, member, about);
    } catch (MemberInput.TooLarge | Lines.TooLong tooLarge) {
      throw new Refused(reason(tooLarge));
    } catch (ZipException | EOFException bad) {
      throw unreadable(member, bad);
    }
    if (lines != (Long) about.get("rows")) {
      throw new Refused(
          Note.of("restore.refusal.rowCount", member, lines, String.valueOf(about.get("rows"))));
    }
  }

  /** A table member, which stops one byte past the size its manifest declares. */
  private static MemberInput member(ZipFile zip, String member, long size) throws IOException {
    return new MemberInput(
        zip.getInputStream(zip.getEntry(member)),
        size,
        Note.of("restore.refusal.memberTooLarge", member, size));
  }

  private static void checkSizeAndChecksum(MemberInput in, String member, Map<String, Object> about)
      throws Refused {
    if (in.count() != (Long) about.get("size") || !in.sha256().equals(about.get("sha256"))) {
      throw new Refused(Note.of("restore.refusal.checksum", member));
    }
  }

  private static Refused unreadable(String member, IOException bad) {
    return new Refused(
        Note.of("restore.refusal.unreadable", member, String.valueOf(bad.getMessage())), bad);
  }

  /** The photos must fit the disk before the first is written. */
  private static void checkFreeSpace(Path folder, PhotoFiles photos) throws Refused, IOException {
    if (photos.bytes() == 0) {
      return;
    }
    Files.createDirectories(folder);
    long usable = Files.getFileStore(folder).getUsableSpace();
    if (usable < photos.bytes()) {
      throw new Refused(
          Note.of(
              "restore.refusal.diskSpace",
              megabytes(photos.bytes()),
              megabytes(usable),
              String.valueOf(folder.getParent())));
    }
  }

  private static Note reason(IOException tooLarge) {
    return tooLarge instanceof MemberInput.TooLarge member
        ? member.reason()
        : ((Lines.TooLong) tooLarge).reason();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ENGLISH, "%,.1f MB", bytes / (1024.0 * 1024));
  }

  private Summary restore(
      ZipFile zip, Map<String, Map<String, Object>> members, PhotoFiles photos, Path staging)
      throws Refused, IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        refuseUnlessEmpty(connection);
        makeRoomInJournal(connection, members);
        rowsDone = 0;
        steps.at(Phase.ROWS, 0, rowsTotal);
        for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
          Map<String, Object> about = members.get(table.member());
          long count = insert(connection, table, zip, about);
          rows.put(table.name(), count);
        }
        long photoFiles = stagePhotos(connection, zip, photos, staging);
        resetSequences(connection);
        connection.commit();
        return new Summary(rows, photoFiles);
      } catch (Refused | IOException | RuntimeException e) {
        rollback(connection);
        throw e;
      } catch (SQLException e) {
        rollback(connection);
        throw new Refused(Note.of("restore.refusal.database", String.valueOf(e.getMessage())), e);
      } finally {
        try {
          connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
          // the connection is closed next; a broken one is dropped by the pool
        }
      }
    } catch (SQLException e) {
      throw new IOException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Rolling back a failed restore failed", e);
    }
  }

  /** The first table holding archive rows, or null when the instance is empty. */
  private static String firstNonEmpty(Connection connection) throws SQLException {
    for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
      String sql =
          "SELECT COUNT(*) FROM "
              + table.name()
              + (table.where() == null ? "" : " WHERE " + table.where());
      try (Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery(sql)) {
        count.next();
        if (count.getLong(1) > 0) {
          return table.name();
        }
      }
    }
    return null;
  }

  /**
   * The instance's own journal rows (its accounts) move past the archive's, so that the restored
   * history keeps its ids and comes first, as it happened first.
   */
  private static void makeRoomInJournal(
      Connection connection, Map<String, Map<String, Object>> members) throws SQLException {
    long archived = lastId(members, "journal");
    long own;
    try (Statement statement = connection.createStatement();
        ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM journal")) {
      max.next();
      own = max.getLong(1);
    }
    if (own > 0 && archived > 0) {
      try (PreparedStatement shift =
          connection.prepareStatement(
              "UPDATE journal SET id = id + ? WHERE " + ArchiveFormat.ACCOUNT_ROWS)) {
        shift.setLong(1, archived + own);
        shift.executeUpdate();
      }
    }
  }

  private static long lastId(Map<String, Map<String, Object>> members, String table) {
    String member =
        ArchiveFormat.TABLES.stream()
            .filter(t -> t.name().equals(table))
            .findFirst()
            .orElseThrow()
            .member();
    return members.get(member).get("lastId") instanceof Long id ? id : 0;
  }

  /**
   * Inserts the rows of a table member that {@link #verify} has passed, reading it again through
   * the same bounds and checking once more that these are the bytes verified.
   */
  private long insert(
      Connection connection, ArchiveFormat.Table table, ZipFile zip, Map<String, Object> about)
      throws Refused, IOException, SQLException {
    List<ArchiveFormat.Column> columns = ArchiveFormat.columns(connection, table.name());
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(columns.get(i).name());
    }
    sql.append(") VALUES (").append("?, ".repeat(columns.size() - 1)).append("?)");
    boolean photos = table.member().equals(PHOTO_ROWS);
    long count = 0;
    try (MemberInput in = member(zip, table.member(), (Long) about.get("size"));
        PreparedStatement insert = connection.prepareStatement(sql.toString())) {
      Lines lines = new Lines(in, ArchiveFormat.MAX_LINE_BYTES, table.member());
      int batched = 0;
      long batchedBytes = 0;
      while (lines.next()) {
        count = lines.number();
        if (lines.length() == 0) {
          throw damaged(table, count, Note.of("restore.damaged.emptyLine"));
        }
        Map<?, ?> row;
        try {
          if (!(JsonText.parse(lines.text()) instanceof Map<?, ?> object)) {
            throw damaged(table, count, Note.of("restore.damaged.notObject"));
          }
          row = object;
        } catch (CharacterCodingException bad) {
          throw damaged(table, count, Note.of("restore.damaged.notUtf8"));
        } catch (IllegalArgumentException bad) {
          throw damaged(table, count, String.valueOf(bad.getMessage()));
        }
        if (row.size() != columns.size()) {
          throw damaged(
              table, count, Note.of("restore.damaged.columns", row.size(), columns.size()));
        }
        if (photos) {
          try {
            ArchiveFormat.checkPhoto(row);
          } catch (IllegalArgumentException bad) {
            throw damaged(table, count, String.valueOf(bad.getMessage()));
          }
        }
        for (int i = 0; i < columns.size(); i++) {
          ArchiveFormat.Column column = columns.get(i);
          if (!row.containsKey(column.name())) {
            throw damaged(table, count, Note.of("restore.damaged.noColumn", column.name()));
          }
          try {
            ArchiveFormat.bind(insert, i + 1, column, row.get(column.name()));
          } catch (IllegalArgumentException bad) {
            throw damaged(table, count, String.valueOf(bad.getMessage()));
          }
        }
        insert.addBatch();
        rowDone(Phase.ROWS);
        batched++;
        batchedBytes += lines.length();
        if (batched == BATCH || batchedBytes >= BATCH_BYTES) {
          insert.executeBatch();
          batched = 0;
          batchedBytes = 0;
        }
      }
      if (batched > 0) {
        insert.executeBatch();
      }
      checkSizeAndChecksum(in, table.member(), about);
    } catch (MemberInput.TooLarge | Lines.TooLong tooLarge) {
      throw new Refused(reason(tooLarge));
    } catch (ZipException | EOFException bad) {
      throw unreadable(table.member(), bad);
    }
    if (count != (Long) about.get("rows")) {
      throw new Refused(
          Note.of(
              "restore.refusal.rowCount",
              table.member(),
              count,
              String.valueOf(about.get("rows"))));
    }
    return count;
  }

  /** Counts one row of {@code phase} and tells {@link #steps} every {@link #STEP_ROWS}. */
  private void rowDone(Phase phase) {
    rowsDone++;
    if (rowsDone % STEP_ROWS == 0 || rowsDone == rowsTotal) {
      steps.at(phase, rowsDone, rowsTotal);
    }
  }

  /** {@code what} is a {@link Note}, or a parser's own words (English) about what it found. */
  private static Refused damaged(ArchiveFormat.Table table, long line, Object what) {
    return new Refused(Note.of("restore.refusal.line", line, table.member(), what));
  }

  /**
   * Copies every photo member into {@code staging}. Each must belong to a restored photo, whose
   * record bounds it: no larger than its recorded size (and than the largest photo the app
   * accepts), beginning as its media type says, its name its digest; and all together no larger
   * than the manifest says. Each bound is checked before the bytes it bounds are written.
   */
  private long stagePhotos(Connection connection, ZipFile zip, PhotoFiles promised, Path staging)
      throws Refused, IOException, SQLException {
    long files = 0;
    steps.at(Phase.PHOTOS, 0, promised.files());
    long bytes = 0;
    byte[] buffer = new byte[65536];
    try (PreparedStatement record =
        connection.prepareStatement("SELECT media_type, byte_size FROM photo WHERE sha256 = ?")) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Matcher photo = ArchiveFormat.PHOTO_MEMBER.matcher(entry.getName());
        if (!photo.matches()) {
          continue;
        }
        String name = entry.getName();
        String sha256 = photo.group(2);
        String mediaType;
        long size;
        record.setString(1, sha256);
        try (ResultSet found = record.executeQuery()) {
          if (!found.next()) {
            throw new Refused(Note.of("restore.refusal.photoOrphan", name, PHOTO_ROWS));
          }
          mediaType = found.getString(1);
          size = found.getLong(2);
        }
        if (size > ArchiveFormat.MAX_PHOTO_BYTES) {
          throw new Refused(
              Note.of(
                  "restore.refusal.photoTooLarge",
                  name,
                  megabytes(size),
                  megabytes(ArchiveFormat.MAX_PHOTO_BYTES)));
        }
        if (bytes + size > promised.bytes()) {
          throw new Refused(Note.of("restore.refusal.photosBeyond", promised.bytes()));
        }
        Path target = staging.resolve(photo.group(1)).resolve(sha256);
        try (MemberInput in =
            new MemberInput(
                zip.getInputStream(entry),
                size,
                Note.of("restore.refusal.photoLarger", name, size))) {
          byte[] head = in.readNBytes(ArchiveFormat.SIGNATURE_BYTES);
          if (!ArchiveFormat.hasSignature(mediaType, head)) {
            throw new Refused(Note.of("restore.refusal.photoType", name, mediaType));
          }
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target)) {
            out.write(head);
            int read;
            while ((read = in.read(buffer)) > 0) {
              out.write(buffer, 0, read);
            }
          }
          if (in.count() != size) {
            throw new Refused(Note.of("restore.refusal.photoSize", name, in.count(), size));
          }
          if (!in.sha256().equals(sha256)) {
            throw new Refused(Note.of("restore.refusal.photoChecksum", name));
          }
        } catch (MemberInput.TooLarge tooLarge) {
          throw new Refused(tooLarge.reason());
        } catch (ZipException | EOFException bad) {
          throw unreadable(name, bad);
        }
        files++;
        bytes += size;
        steps.at(Phase.PHOTOS, files, promised.files());
      }
    }
    if (files != promised.files()) {
      throw wrongPhotoCount(files, promised);
    }
    if (bytes != promised.bytes()) {
      throw new Refused(Note.of("restore.refusal.photosBytes", bytes, promised.bytes()));
    }
    return files;
  }

  /**
   * Sets each sequence past the highest id now in its tables. The step of {@code summitry_seq} is
   * 50 and the application hands out the 50 ids below each value it draws, so it restarts 50 above.
   */
  private static void resetSequences(Connection connection) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    tables.put("summitry_seq", new ArrayList<>(List.of("users", "setup_token")));
    tables.put("journal_seq", new ArrayList<>());
    tables.put("import_seq", new ArrayList<>(List.of("import_run")));
    for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
      if (table.sequence() != null) {
        tables.get(table.sequence()).add(table.name());
      }
    }
    for (Map.Entry<String, List<String>> sequence : tables.entrySet()) {
      long max = 0;
      for (String table : sequence.getValue()) {
        try (Statement statement = connection.createStatement();
            ResultSet result =
                statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
          result.next();
          max = Math.max(max, result.getLong(1));
        }
      }
      long next = sequence.getKey().equals("summitry_seq") ? Math.max(1000, max + 50) : max + 1;
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER SEQUENCE " + sequence.getKey() + " RESTART WITH " + next);
      }
    }
  }

  private void moveIntoPlace(Path staging) throws IOException {
    if (!Files.isDirectory(staging)) {
      return;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      for (Path staged : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String sha256 = staged.getFileName().toString();
        Path target = ArchiveFormat.photoFile(photoFolder, sha256);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
          continue;
        }
        try {
          Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove the staging folder " + folder, e);
    }
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }
}
