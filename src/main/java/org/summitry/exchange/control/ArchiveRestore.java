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

    public Refused(String message) {
      super(message);
    }

    Refused(String message, Throwable cause) {
      super(message, cause);
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

  public static final String NOT_EMPTY =
      "This instance already holds entries, so the archive was not restored: restoring never"
          + " mixes two archives. Restore into an instance with an empty database and data folder"
          + " that was started with SUMMITRY_DEMO_ENABLED=false (otherwise the demo content is"
          + " loaded at its first start).";

  private final DataSource dataSource;
  private final Path photoFolder;
  private final String schemaVersion;

  /**
   * @param photoFolder the data folder's {@code photos}, where originals are kept by digest
   * @param schemaVersion this database's Flyway schema version, which the archive's must equal
   */
  public ArchiveRestore(DataSource dataSource, Path photoFolder, String schemaVersion) {
    this.dataSource = dataSource;
    this.photoFolder = photoFolder;
    this.schemaVersion = schemaVersion;
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
      for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
        verify(zip, table, members.get(table.member()));
      }
      Path staging = photoFolder.resolve("tmp").resolve("restore-" + UUID.randomUUID());
      try {
        checkFreeSpace(staging.getParent(), photos);
        Summary summary = restore(zip, members, photos, staging);
        moveIntoPlace(staging);
        return summary;
      } finally {
        deleteTree(staging);
      }
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
      throw new Refused("The file is not a ZIP archive; choose a file exported by Summitry.");
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> manifest(ZipFile zip) throws Refused, IOException {
    ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
    if (entry == null) {
      throw new Refused(
          "The ZIP file has no manifest.json, so it is not an archive exported by Summitry.");
    }
    Object parsed;
    // Counted as it inflates: the size in the ZIP's headers is whatever the file says it is.
    try (InputStream in =
        new MemberInput(
            zip.getInputStream(entry),
            ArchiveFormat.MAX_MANIFEST_BYTES,
            "The archive's manifest.json is larger than "
                + ArchiveFormat.MAX_MANIFEST_BYTES / (1024 * 1024)
                + " MB, far larger than Summitry writes one, so the archive was not read.")) {
      parsed = JsonText.parse(utf8(in.readAllBytes()));
    } catch (MemberInput.TooLarge tooLarge) {
      throw new Refused(tooLarge.getMessage());
    } catch (IllegalArgumentException
        | CharacterCodingException
        | ZipException
        | EOFException bad) {
      throw new Refused("The archive's manifest.json cannot be read: " + bad.getMessage() + ".");
    }
    if (!(parsed instanceof Map<?, ?> map)
        || !ArchiveFormat.FORMAT.equals(map.get("format"))
        || !(map.get("formatVersion") instanceof Long)) {
      throw new Refused(
          "The archive's manifest.json does not describe a Summitry archive (format "
              + ArchiveFormat.FORMAT
              + ").");
    }
    long version = (Long) map.get("formatVersion");
    if (version != ArchiveFormat.FORMAT_VERSION) {
      throw new Refused(
          "The archive is of format version "
              + version
              + ", which this version of Summitry does not read (it reads version "
              + ArchiveFormat.FORMAT_VERSION
              + ").");
    }
    Object archived = map.get("schemaVersion");
    if (!schemaVersion.equals(archived)) {
      throw new Refused(
          "The archive was exported from a database at schema version "
              + archived
              + ", this instance's is at version "
              + schemaVersion
              + ". Restore it into an instance of the version that exported it, then upgrade.");
    }
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> members(Map<String, Object> manifest)
      throws Refused {
    if (!(manifest.get("members") instanceof Map<?, ?> listed)) {
      throw new Refused("The archive's manifest.json lists no members.");
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
        throw new Refused(
            "The archive's manifest.json does not describe " + table.member() + " fully.");
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
      throw new Refused("The archive's manifest.json does not describe its photo files.");
    }
    if (files > 0 && bytes / files > ArchiveFormat.MAX_PHOTO_BYTES) {
      throw new Refused(
          "The archive's manifest.json declares "
              + megabytes(bytes)
              + " of photo files, more than its "
              + files
              + " photo files can hold at "
              + megabytes(ArchiveFormat.MAX_PHOTO_BYTES)
              + " each (the largest photo Summitry accepts); the archive was not made by"
              + " Summitry or has been changed.");
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
        throw new Refused("The archive is incomplete: " + name + " is missing.");
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
      throw new Refused(
          "The archive holds a file the format does not know, "
              + name
              + "; it was not made by Summitry or has been changed.");
    }
    if (photoFiles != photos.files()) {
      throw wrongPhotoCount(photoFiles, photos);
    }
  }

  private static Refused wrongPhotoCount(long photoFiles, PhotoFiles photos) {
    return new Refused(
        "The archive is incomplete: it holds "
            + photoFiles
            + " photo files where its manifest says "
            + photos.files()
            + ", so nothing was restored.");
  }

  /**
   * Reads a table member through once, before the database does any work: it must hold no more and
   * no fewer bytes than its manifest says, with its checksum, in as many lines as it has rows, none
   * longer than {@link ArchiveFormat#MAX_LINE_BYTES}.
   */
  private static void verify(ZipFile zip, ArchiveFormat.Table table, Map<String, Object> about)
      throws Refused, IOException {
    String member = table.member();
    long lines = 0;
    try (MemberInput in = member(zip, member, (Long) about.get("size"))) {
      Lines reader = new Lines(in, ArchiveFormat.MAX_LINE_BYTES, member);
      while (reader.next()) {
        lines++;
      }
      checkSizeAndChecksum(in, member, about);
    } catch (MemberInput.TooLarge | Lines.TooLong tooLarge) {
      throw new Refused(tooLarge.getMessage());
    } catch (ZipException | EOFException bad) {
      throw unreadable(member, bad);
    }
    if (lines != (Long) about.get("rows")) {
      throw new Refused(
          "The archive is damaged: "
              + member
              + " holds "
              + lines
              + " rows where its manifest says "
              + about.get("rows")
              + ".");
    }
  }

  /** A table member, which stops one byte past the size its manifest declares. */
  private static MemberInput member(ZipFile zip, String member, long size) throws IOException {
    return new MemberInput(
        zip.getInputStream(zip.getEntry(member)),
        size,
        "The archive is damaged: "
            + member
            + " holds more than the "
            + String.format(Locale.ENGLISH, "%,d", size)
            + " bytes its manifest declares, so nothing was restored.");
  }

  private static void checkSizeAndChecksum(MemberInput in, String member, Map<String, Object> about)
      throws Refused {
    if (in.count() != (Long) about.get("size") || !in.sha256().equals(about.get("sha256"))) {
      throw new Refused(
          "The archive is damaged: the checksum of "
              + member
              + " does not match its manifest, so nothing was restored.");
    }
  }

  private static Refused unreadable(String member, IOException bad) {
    return new Refused(
        "The archive is damaged: " + member + " cannot be read (" + bad.getMessage() + ").", bad);
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
          "There is not enough free disk space for the archive's photo files: they take "
              + megabytes(photos.bytes())
              + ", and "
              + megabytes(usable)
              + " are free in "
              + folder.getParent()
              + ". Free some space, then restore again; nothing was restored.");
    }
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
        throw new Refused(
            "The database refused the archive's rows, so nothing was restored: " + e.getMessage(),
            e);
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
  private static long insert(
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
          throw damaged(table, count, "an empty line");
        }
        Map<?, ?> row;
        try {
          if (!(JsonText.parse(lines.text()) instanceof Map<?, ?> object)) {
            throw damaged(table, count, "not a JSON object");
          }
          row = object;
        } catch (CharacterCodingException bad) {
          throw damaged(table, count, "not UTF-8 text");
        } catch (IllegalArgumentException bad) {
          throw damaged(table, count, bad.getMessage());
        }
        if (row.size() != columns.size()) {
          throw damaged(
              table, count, row.size() + " columns where the table has " + columns.size());
        }
        if (photos) {
          try {
            ArchiveFormat.checkPhoto(row);
          } catch (IllegalArgumentException bad) {
            throw damaged(table, count, bad.getMessage());
          }
        }
        for (int i = 0; i < columns.size(); i++) {
          ArchiveFormat.Column column = columns.get(i);
          if (!row.containsKey(column.name())) {
            throw damaged(table, count, "no column " + column.name());
          }
          try {
            ArchiveFormat.bind(insert, i + 1, column, row.get(column.name()));
          } catch (IllegalArgumentException bad) {
            throw damaged(table, count, bad.getMessage());
          }
        }
        insert.addBatch();
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
      throw new Refused(tooLarge.getMessage());
    } catch (ZipException | EOFException bad) {
      throw unreadable(table.member(), bad);
    }
    if (count != (Long) about.get("rows")) {
      throw new Refused(
          "The archive is damaged: "
              + table.member()
              + " holds "
              + count
              + " rows where its manifest says "
              + about.get("rows")
              + ".");
    }
    return count;
  }

  private static Refused damaged(ArchiveFormat.Table table, long line, String what) {
    return new Refused(
        "The archive is damaged: line "
            + line
            + " of "
            + table.member()
            + " cannot be restored ("
            + what
            + "), so nothing was restored.");
  }

  /**
   * Copies every photo member into {@code staging}. Each must belong to a restored photo, whose
   * record bounds it: no larger than its recorded size (and than the largest photo the app
   * accepts), beginning as its media type says, its name its digest; and all together no larger
   * than the manifest says. Each bound is checked before the bytes it bounds are written.
   */
  private static long stagePhotos(
      Connection connection, ZipFile zip, PhotoFiles promised, Path staging)
      throws Refused, IOException, SQLException {
    long files = 0;
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
            throw new Refused(
                "The archive is damaged: the photo file "
                    + name
                    + " belongs to no photo in "
                    + PHOTO_ROWS
                    + ", so nothing was restored.");
          }
          mediaType = found.getString(1);
          size = found.getLong(2);
        }
        if (size > ArchiveFormat.MAX_PHOTO_BYTES) {
          throw new Refused(
              "The archive is damaged: the photo file "
                  + name
                  + " is "
                  + megabytes(size)
                  + " by its photo's record, larger than "
                  + megabytes(ArchiveFormat.MAX_PHOTO_BYTES)
                  + ", the largest photo Summitry accepts, so nothing was restored.");
        }
        if (bytes + size > promised.bytes()) {
          throw new Refused(
              "The archive is damaged: its photo files hold more than the "
                  + String.format(Locale.ENGLISH, "%,d", promised.bytes())
                  + " bytes its manifest declares, so nothing was restored.");
        }
        Path target = staging.resolve(photo.group(1)).resolve(sha256);
        try (MemberInput in =
            new MemberInput(
                zip.getInputStream(entry),
                size,
                "The archive is damaged: the photo file "
                    + name
                    + " is larger than the "
                    + String.format(Locale.ENGLISH, "%,d", size)
                    + " bytes its photo's record says, so nothing was restored.")) {
          byte[] head = in.readNBytes(ArchiveFormat.SIGNATURE_BYTES);
          if (!ArchiveFormat.hasSignature(mediaType, head)) {
            throw new Refused(
                "The archive is damaged: the photo file "
                    + name
                    + " is not the "
                    + mediaType
                    + " file its photo's record says it is, so nothing was restored.");
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
            throw new Refused(
                "The archive is damaged: the photo file "
                    + name
                    + " holds "
                    + String.format(Locale.ENGLISH, "%,d", in.count())
                    + " bytes where its photo's record says "
                    + String.format(Locale.ENGLISH, "%,d", size)
                    + ", so nothing was restored.");
          }
          if (!in.sha256().equals(sha256)) {
            throw new Refused(
                "The archive is damaged: the photo file "
                    + name
                    + " does not match its checksum, so nothing was restored.");
          }
        } catch (MemberInput.TooLarge tooLarge) {
          throw new Refused(tooLarge.getMessage());
        } catch (ZipException | EOFException bad) {
          throw unreadable(name, bad);
        }
        files++;
        bytes += size;
      }
    }
    if (files != promised.files()) {
      throw wrongPhotoCount(files, promised);
    }
    if (bytes != promised.bytes()) {
      throw new Refused(
          "The archive is damaged: its photo files hold "
              + String.format(Locale.ENGLISH, "%,d", bytes)
              + " bytes where its manifest says "
              + String.format(Locale.ENGLISH, "%,d", promised.bytes())
              + ", so nothing was restored.");
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
