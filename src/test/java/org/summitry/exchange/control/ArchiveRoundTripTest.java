package org.summitry.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.summitry.media.control.PhotoStore;
import org.summitry.platform.boundary.Databases;
import org.summitry.scale.CatalogGenerator;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;

/**
 * An archive exported, restored into a fresh database and data folder and exported again gives the
 * same file, member by member (the manifest's creation time aside), on H2, on PostgreSQL and from
 * one to the other; a restore into an archive with entries, of a damaged file or of another schema
 * version is refused and leaves the target as it was.
 */
class ArchiveRoundTripTest {

  private final List<Runnable> cleanUp = new ArrayList<>();

  /** A database with its data folder, as one instance has them. */
  record Instance(Database database, DataSource dataSource, Path data, String schemaVersion) {
    Path photos() {
      return data.resolve("photos");
    }
  }

  @AfterEach
  void drop() {
    cleanUp.forEach(Runnable::run);
  }

  @Test
  void anH2ArchiveRestoredIntoH2ExportsTheSameArchive() throws Exception {
    roundTrip(fresh(TestDatabases.h2()), fresh(TestDatabases.h2()));
  }

  @Test
  void aPostgresArchiveRestoredIntoPostgresExportsTheSameArchive() throws Exception {
    roundTrip(fresh(TestDatabases.postgres()), fresh(TestDatabases.postgres()));
  }

  @Test
  void anH2ArchiveMovesToPostgresAndBack() throws Exception {
    Instance h2 = fresh(TestDatabases.h2());
    Instance postgres = fresh(TestDatabases.postgres());
    Path first = roundTrip(h2, postgres);
    Instance backToH2 = fresh(TestDatabases.h2());
    Path again = export(postgres);
    restore(backToH2, again);
    assertSameArchive(first, export(backToH2));
  }

  @Test
  void anArchiveIsNotRestoredIntoAnInstanceWithEntries() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path archive = export(source);
    long giftsBefore = count(source, "gift");
    ArchiveRestore.Refused refused =
        assertThrows(ArchiveRestore.Refused.class, () -> restore(source, archive));
    assertEquals(ArchiveRestore.NOT_EMPTY, refused.getMessage());
    assertTrue(refused.getMessage().contains("SUMMITRY_DEMO_ENABLED=false"));
    assertEquals(giftsBefore, count(source, "gift"));
  }

  @Test
  void aDamagedMemberIsRefusedAndLeavesTheTargetEmpty() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path archive = export(source);
    Path damaged =
        rewrite(
            archive,
            "entries/gift.jsonl",
            bytes ->
                new String(bytes, StandardCharsets.UTF_8)
                    .replaceFirst("\"quantity\":1,", "\"quantity\":2,")
                    .getBytes(StandardCharsets.UTF_8));
    Instance target = fresh(TestDatabases.h2());
    ArchiveRestore.Refused refused =
        assertThrows(ArchiveRestore.Refused.class, () -> restore(target, damaged));
    assertTrue(
        refused.getMessage().contains("checksum of entries/gift.jsonl does not match"),
        refused.getMessage());
    assertLeftEmpty(target);
  }

  @Test
  void aPhotoFileThatIsNotWhatItsNameSaysIsRefusedAndLeavesNoFile() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    String sha256 = fill(source);
    Path archive = export(source);
    Path damaged =
        rewrite(
            archive,
            ArchiveFormat.photoMember(sha256),
            bytes -> {
              byte[] changed = bytes.clone();
              changed[changed.length - 3] ^= 1;
              return changed;
            });
    Instance target = fresh(TestDatabases.h2());
    ArchiveRestore.Refused refused =
        assertThrows(ArchiveRestore.Refused.class, () -> restore(target, damaged));
    assertTrue(refused.getMessage().contains("does not match its checksum"), refused.getMessage());
    assertLeftEmpty(target);
  }

  @Test
  void aFileThatIsNotAnArchiveIsRefused() throws Exception {
    Instance target = fresh(TestDatabases.h2());
    Path text = Files.writeString(target.data().resolve("notes.zip"), "gift list, not a zip");
    assertEquals(
        "The file is not a ZIP archive; choose a file exported by Summitry.",
        assertThrows(ArchiveRestore.Refused.class, () -> restore(target, text)).getMessage());
    Path otherZip = target.data().resolve("other.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(
        assertThrows(ArchiveRestore.Refused.class, () -> restore(target, otherZip))
            .getMessage()
            .contains("no manifest.json"));
    assertLeftEmpty(target);
  }

  @Test
  void anArchiveOfAnotherSchemaVersionIsRefused() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path older =
        rewrite(
            export(source),
            ArchiveFormat.MANIFEST,
            bytes ->
                new String(bytes, StandardCharsets.UTF_8)
                    .replace(
                        "\"schemaVersion\":\"" + source.schemaVersion() + "\"",
                        "\"schemaVersion\":\"4\"")
                    .getBytes(StandardCharsets.UTF_8));
    Instance target = fresh(TestDatabases.h2());
    String message =
        assertThrows(ArchiveRestore.Refused.class, () -> restore(target, older)).getMessage();
    assertTrue(message.contains("schema version 4"), message);
    assertLeftEmpty(target);
  }

  @Test
  void theShellCommandExportsAndRestoresTheConfiguredArchive() throws Exception {
    Path source = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "tool-a-");
    Path target = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "tool-b-");
    Path file = source.resolve("archive.zip");
    Instance h2 = instanceOn(Databases.fromEnvironment(Map.of("SUMMITRY_DATA_DIR", "" + source)));
    fill(h2);
    assertEquals(
        0,
        ArchiveTool.run(
            new String[] {"export", file.toString()},
            Map.of("SUMMITRY_DATA_DIR", source.toString())));
    assertEquals(
        0,
        ArchiveTool.run(
            new String[] {"restore", file.toString()},
            Map.of("SUMMITRY_DATA_DIR", target.toString())));
    assertEquals(
        1,
        ArchiveTool.run(
            new String[] {"restore", file.toString()},
            Map.of("SUMMITRY_DATA_DIR", target.toString())),
        "a second restore into the now full archive is refused");
    Instance restored =
        instanceOn(Databases.fromEnvironment(Map.of("SUMMITRY_DATA_DIR", "" + target)));
    assertSameArchive(file, export(restored));
    assertEquals(2, ArchiveTool.run(new String[] {"import", "x"}, Map.of()));
  }

  private Path roundTrip(Instance source, Instance target) throws Exception {
    String sha256 = fill(source);
    Path first = export(source);
    ArchiveRestore.Summary summary = restore(target, first);
    assertEquals(count(source, "gift"), summary.rows().get("gift"));
    assertEquals(1, summary.photoFiles());
    assertArrayEquals(
        Files.readAllBytes(ArchiveFormat.photoFile(source.photos(), sha256)),
        Files.readAllBytes(ArchiveFormat.photoFile(target.photos(), sha256)));
    assertSameArchive(first, export(target));
    assertEquals(1, count(target, "users"), "the target keeps its own administrator and no other");
    assertNewIdsDoNotClash(target);
    return first;
  }

  /**
   * Fills the instance with a small generated catalog with its journal, a photo with its file, an
   * entry in the trash, an old address and a preset; and an account, which stays out of archives.
   * Returns the photo file's digest.
   */
  private String fill(Instance instance) throws Exception {
    Database db = instance.database();
    CatalogGenerator.run(
        new CatalogGenerator.Target(db.url(), db.user(), db.password()),
        new CatalogGenerator.Sizes(120, 6, 12, 8, 10, 4),
        7,
        false,
        true);
    byte[] jpeg;
    try (InputStream in = getClass().getResourceAsStream("/demo/horse.jpg")) {
      jpeg = in.readAllBytes();
    }
    String sha256 = PhotoStore.sha256(jpeg);
    Path file = ArchiveFormat.photoFile(instance.photos(), sha256);
    Files.createDirectories(file.getParent());
    Files.write(file, jpeg);
    try (Connection connection = instance.dataSource().getConnection()) {
      update(
          connection,
          "UPDATE photo SET sha256 = ?, byte_size = ? WHERE id = (SELECT MIN(id) FROM photo)",
          sha256,
          (long) jpeg.length);
      update(
          connection,
          "UPDATE gift SET deleted_at = ?, value_amount = 1234.50, value_currency = 'EUR'"
              + " WHERE id = (SELECT MIN(id) FROM gift)",
          Instant.parse("2025-03-04T05:06:07.123456Z").atOffset(ZoneOffset.ofHours(9)));
      update(
          connection,
          "INSERT INTO slug_redirect (entry_type, old_slug, entry_id)"
              + " SELECT 'GIFT', 'an-older-name', MIN(id) FROM gift");
      update(
          connection,
          "INSERT INTO import_preset (id, name, mapping, created_by, created_at, updated_at)"
              + " VALUES (5, 'Ministry register', 'title=Item\ndate=Date', 'curator',"
              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      addAdministrator(connection, instance);
    }
    return sha256;
  }

  /** An instance's own first administrator and its journal row, as the app creates them. */
  private static void addAdministrator(Connection connection, Instance instance)
      throws SQLException {
    boolean h2 = instance.database().name().equals("H2");
    update(
        connection,
        "INSERT INTO users (id, username, password_hash, role, created_at, updated_at)"
            + " VALUES (1, 'admin', 'x', 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    update(
        connection,
        "INSERT INTO journal (id, entry_type, entry_id, action, actor, at, label)"
            + " VALUES ("
            + (h2 ? "NEXT VALUE FOR journal_seq" : "nextval('journal_seq')")
            + ", 'USER', 1, 'ACCOUNT', 'setup', CURRENT_TIMESTAMP, 'admin created')");
  }

  private Instance fresh(Database database) throws Exception {
    cleanUp.add(database.drop());
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "archive-data-");
    DataSource dataSource = dataSource(database);
    String version = Databases.migrate(dataSource);
    return new Instance(database, dataSource, data, version);
  }

  private Instance instanceOn(Databases.Standalone standalone) {
    JdbcDataSource h2 = (JdbcDataSource) standalone.dataSource();
    String version = Databases.migrate(h2);
    return new Instance(
        new Database("H2", h2.getURL(), "sa", "", () -> {}),
        h2,
        standalone.dataDirectory(),
        version);
  }

  private static DataSource dataSource(Database database) {
    if (database.name().equals("H2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(database.url());
      h2.setUser(database.user());
      h2.setPassword(database.password());
      return h2;
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(database.url());
    pg.setUser(database.user());
    pg.setPassword(database.password());
    return pg;
  }

  private static Path export(Instance instance) throws IOException {
    Path file = instance.data().resolve("export-" + UUID.randomUUID() + ".zip");
    try (OutputStream out = Files.newOutputStream(file)) {
      new ArchiveExport(
              instance.dataSource(), instance.photos(), instance.schemaVersion(), Clock.systemUTC())
          .writeTo(out);
    }
    return file;
  }

  private static ArchiveRestore.Summary restore(Instance instance, Path file)
      throws ArchiveRestore.Refused, IOException, SQLException {
    try (Connection connection = instance.dataSource().getConnection()) {
      if (count(connection, "users") == 0) {
        addAdministrator(connection, instance);
      }
    }
    return new ArchiveRestore(instance.dataSource(), instance.photos(), instance.schemaVersion())
        .restore(file);
  }

  private static void assertSameArchive(Path expected, Path actual) throws IOException {
    Map<String, byte[]> first = members(expected);
    Map<String, byte[]> second = members(actual);
    assertEquals(first.keySet(), second.keySet(), "the same members");
    for (String name : first.keySet()) {
      if (name.equals(ArchiveFormat.MANIFEST)) {
        assertEquals(withoutCreationTime(first.get(name)), withoutCreationTime(second.get(name)));
      } else {
        assertEquals(
            new String(first.get(name), StandardCharsets.UTF_8),
            new String(second.get(name), StandardCharsets.UTF_8),
            name + " is the same");
      }
    }
  }

  private static Object withoutCreationTime(byte[] manifest) {
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed =
        (Map<String, Object>) JsonText.parse(new String(manifest, StandardCharsets.UTF_8).strip());
    assertTrue(parsed.containsKey("createdAt"));
    Map<String, Object> rest = new HashMap<>(parsed);
    rest.remove("createdAt");
    return rest;
  }

  private static Map<String, byte[]> members(Path file) throws IOException {
    Map<String, byte[]> members = new TreeMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        try (InputStream in = zip.getInputStream(entry)) {
          members.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return members;
  }

  /** A copy of the archive with one member's bytes changed and its manifest left as it was. */
  private static Path rewrite(Path archive, String member, UnaryOperator<byte[]> change)
      throws IOException {
    Path copy = archive.resolveSibling("changed-" + UUID.randomUUID() + ".zip");
    try (ZipFile zip = new ZipFile(archive.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      boolean found = false;
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        if (entry.getName().equals(member)) {
          bytes = change.apply(bytes);
          found = true;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
      assertTrue(found, member + " is in the archive");
    }
    return copy;
  }

  private static void assertLeftEmpty(Instance target) throws Exception {
    assertTrue(
        new ArchiveRestore(target.dataSource(), target.photos(), target.schemaVersion()).empty(),
        "nothing was restored");
    if (Files.exists(target.photos())) {
      try (Stream<Path> files = Files.walk(target.photos())) {
        assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "no photo file left");
      }
    }
  }

  private void assertNewIdsDoNotClash(Instance target) throws SQLException {
    try (Connection connection = target.dataSource().getConnection();
        Statement sql = connection.createStatement()) {
      long maxEntry = max(sql, "SELECT MAX(id) FROM gift");
      String next =
          target.database().name().equals("H2")
              ? "SELECT NEXT VALUE FOR summitry_seq"
              : "SELECT nextval('summitry_seq')";
      long drawn = max(sql, next);
      assertTrue(drawn - 49 > maxEntry, "the next block of ids lies above the restored ones");
      long maxJournal = max(sql, "SELECT MAX(id) FROM journal WHERE entry_type <> 'USER'");
      assertTrue(
          max(sql, "SELECT MIN(id) FROM journal WHERE entry_type = 'USER'") > maxJournal,
          "the instance's own journal rows come after the restored history");
    }
  }

  private static long max(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static long count(Instance instance, String table) throws SQLException {
    try (Connection connection = instance.dataSource().getConnection()) {
      return count(connection, table);
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
