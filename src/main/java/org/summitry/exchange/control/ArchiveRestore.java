package org.summitry.exchange.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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
 * and the schema version, refuses an instance that holds entries, inserts the rows in foreign-key
 * order in one transaction while checking every member's checksum, stages the photo files, and only
 * then commits and moves the files into place. Whatever fails leaves the instance as it was: empty,
 * with no stray file. Plain JDBC, for the back office and the shell command alike.
 */
public final class ArchiveRestore {

  private static final Logger LOG = Logger.getLogger(ArchiveRestore.class.getName());
  private static final int BATCH = 500;

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
      checkMembers(zip, members);
      long photoFiles =
          manifest.get("photos") instanceof Map<?, ?> photos
                  && photos.get("files") instanceof Long n
              ? n
              : -1;
      Path staging = photoFolder.resolve("tmp").resolve("restore-" + UUID.randomUUID());
      try {
        Summary summary = restore(zip, members, photoFiles, staging);
        moveIntoPlace(staging);
        return summary;
      } finally {
        deleteTree(staging);
      }
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
    try (InputStream in = zip.getInputStream(entry)) {
      if (entry.getSize() > 16 * 1024 * 1024) {
        throw new Refused("The archive's manifest.json is too large to be one of Summitry's.");
      }
      parsed = JsonText.parse(utf8(in.readAllBytes()));
    } catch (IllegalArgumentException | CharacterCodingException | ZipException bad) {
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
          || !(details.get("sha256") instanceof String)
          || !(details.get("size") instanceof Long)
          || !(details.get("rows") instanceof Long)) {
        throw new Refused(
            "The archive's manifest.json does not describe " + table.member() + " fully.");
      }
      members.put(table.member(), (Map<String, Object>) details);
    }
    return members;
  }

  /** Every member must be one the format knows, and every table member must be there. */
  private static void checkMembers(ZipFile zip, Map<String, Map<String, Object>> members)
      throws Refused {
    for (String name : members.keySet()) {
      if (zip.getEntry(name) == null) {
        throw new Refused("The archive is incomplete: " + name + " is missing.");
      }
    }
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      String name = entry.getName();
      if (entry.isDirectory()
          || name.equals(ArchiveFormat.MANIFEST)
          || members.containsKey(name)
          || ArchiveFormat.PHOTO_MEMBER.matcher(name).matches()) {
        continue;
      }
      throw new Refused(
          "The archive holds a file the format does not know, "
              + name
              + "; it was not made by Summitry or has been changed.");
    }
  }

  private Summary restore(
      ZipFile zip, Map<String, Map<String, Object>> members, long expectedPhotoFiles, Path staging)
      throws Refused, IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        String holds = firstNonEmpty(connection);
        if (holds != null) {
          LOG.info(() -> "Restore refused: the table " + holds + " holds rows.");
          throw new Refused(NOT_EMPTY);
        }
        makeRoomInJournal(connection, members);
        for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
          Map<String, Object> about = members.get(table.member());
          long count = insert(connection, table, zip, about);
          rows.put(table.name(), count);
        }
        long photoFiles = stagePhotos(zip, staging);
        if (photoFiles != expectedPhotoFiles) {
          throw new Refused(
              "The archive is incomplete: it holds "
                  + photoFiles
                  + " photo files where its manifest says "
                  + expectedPhotoFiles
                  + ", so nothing was restored.");
        }
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

  private static long insert(
      Connection connection, ArchiveFormat.Table table, ZipFile zip, Map<String, Object> about)
      throws Refused, IOException, SQLException {
    List<ArchiveFormat.Column> columns = ArchiveFormat.columns(connection, table.name());
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(columns.get(i).name());
    }
    sql.append(") VALUES (").append("?, ".repeat(columns.size() - 1)).append("?)");
    MessageDigest digest = sha256();
    long count = 0;
    long size;
    ZipEntry entry = zip.getEntry(table.member());
    try (InputStream raw = zip.getInputStream(entry);
        Counting counting = new Counting(new DigestInputStream(raw, digest));
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(
                    counting,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                65536);
        PreparedStatement insert = connection.prepareStatement(sql.toString())) {
      String line;
      while ((line = lines.readLine()) != null) {
        count++;
        if (line.isEmpty()) {
          throw damaged(table, count, "an empty line");
        }
        Map<?, ?> row;
        try {
          if (!(JsonText.parse(line) instanceof Map<?, ?> object)) {
            throw damaged(table, count, "not a JSON object");
          }
          row = object;
        } catch (IllegalArgumentException bad) {
          throw damaged(table, count, bad.getMessage());
        }
        if (row.size() != columns.size()) {
          throw damaged(
              table, count, row.size() + " columns where the table has " + columns.size());
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
        if (count % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      size = counting.count;
    } catch (CharacterCodingException | ZipException bad) {
      throw new Refused(
          "The archive is damaged: " + table.member() + " cannot be read (" + bad + ").");
    }
    String sha = HexFormat.of().formatHex(digest.digest());
    if (!sha.equals(about.get("sha256")) || size != (Long) about.get("size")) {
      throw new Refused(
          "The archive is damaged: the checksum of "
              + table.member()
              + " does not match its manifest, so nothing was restored.");
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

  /** Copies every photo member into {@code staging}, checking that its name is its digest. */
  private static long stagePhotos(ZipFile zip, Path staging) throws Refused, IOException {
    long files = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    byte[] buffer = new byte[65536];
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      Matcher photo = ArchiveFormat.PHOTO_MEMBER.matcher(entry.getName());
      if (!photo.matches()) {
        continue;
      }
      Path target = staging.resolve(photo.group(1)).resolve(photo.group(2));
      Files.createDirectories(target.getParent());
      MessageDigest digest = sha256();
      try (InputStream in = zip.getInputStream(entry);
          OutputStream out = Files.newOutputStream(target)) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          digest.update(buffer, 0, read);
          out.write(buffer, 0, read);
        }
      } catch (ZipException bad) {
        throw new Refused(
            "The archive is damaged: " + entry.getName() + " cannot be read (" + bad + ").");
      }
      if (!HexFormat.of().formatHex(digest.digest()).equals(photo.group(2))) {
        throw new Refused(
            "The archive is damaged: the photo file "
                + entry.getName()
                + " does not match its checksum, so nothing was restored.");
      }
      files++;
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends java.io.FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int read = super.read(bytes, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }
  }
}
