package org.summitry.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * version is refused and leaves the target as it was. So is a hostile file (a member that inflates
 * past what its manifest promised, an endless line, JSON nested without end, a photo larger than
 * its record or of another type than it says, a photo row that would be served as HTML), quickly
 * and in bounded memory.
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
  void aRestoreTellsHowFarItIsPhaseByPhase() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path archive = export(source);
    Instance target = fresh(TestDatabases.h2());
    try (Connection connection = target.dataSource().getConnection()) {
      addAdministrator(connection, target);
    }
    List<String> told = new ArrayList<>();
    ArchiveRestore restore =
        new ArchiveRestore(target.dataSource(), target.photos(), target.schemaVersion())
            .following((phase, done, total) -> told.add(phase + " " + done + "/" + total));
    restore.precheck(archive);
    ArchiveRestore.Summary summary = restore.restore(archive);
    long rows = summary.rows().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(
        List.of(
            "CHECKING 0/" + rows,
            "CHECKING " + rows + "/" + rows,
            "ROWS 0/" + rows,
            "ROWS " + rows + "/" + rows,
            "PHOTOS 0/1",
            "PHOTOS 1/1",
            "FINISHING 1/1"),
        told.stream()
            .filter(step -> step.contains(" 0/") || step.matches("\\w+ (\\d+)/\\1"))
            .toList(),
        "each phase starts at nothing and ends at its total: " + told);
    assertTrue(told.size() > 7 || rows < 200, "and says how far it is between: " + told);
  }

  @Test
  void anArchiveIsNotRestoredIntoAnInstanceWithEntries() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path archive = export(source);
    long giftsBefore = count(source, "gift");
    ArchiveRestore.Refused refused =
        assertThrows(ArchiveRestore.Refused.class, () -> restore(source, archive));
    assertEquals(ArchiveRestore.NOT_EMPTY.toString(), refused.getMessage());
    assertTrue(
        refused
            .message(java.util.Locale.forLanguageTag("ru"))
            .startsWith("В этом экземпляре уже есть записи"),
        "the administrator reads it in Russian");
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

  // Hostile archives (issue 20): each is built here as an attacker who knows the format would
  // build it, with a manifest that agrees with everything but the one flaw, and each must be
  // refused with a message a person can act on, leaving the database empty and no file behind.

  @Test
  void aManifestThatInflatesFarBeyondItsDeclaredSizeIsRefusedBeforeItIsRead() throws Exception {
    Path bomb = manifestBomb(fresh(TestDatabases.h2()));
    Instance target = fresh(TestDatabases.h2());
    assertRefusedAndLeftEmpty(
        target,
        bomb,
        "The archive's manifest.json is larger than 1 MB, far larger than Summitry writes one, so"
            + " the archive was not read.");
  }

  @Test
  void theShellCommandRefusesBombsWithinASmallHeap() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    Path manifestBomb = manifestBomb(source);
    fill(source);
    Path oneLine =
        forge(export(source), Map.of("entries/gift.jsonl", filled(new byte[0], 'a', 64 << 20)));
    for (Path bomb : List.of(manifestBomb, oneLine)) {
      Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "tool-bomb-");
      ProcessBuilder command =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx48m",
                  "-XX:+ExitOnOutOfMemoryError",
                  "-cp",
                  System.getProperty("java.class.path"),
                  ArchiveTool.class.getName(),
                  "restore",
                  bomb.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(data.resolve("stderr.txt").toFile());
      command.environment().keySet().removeIf(name -> name.startsWith("SUMMITRY_"));
      command.environment().put("SUMMITRY_DATA_DIR", data.toString());
      Process tool = command.start();
      tool.getOutputStream().close();
      assertTrue(tool.waitFor(120, TimeUnit.SECONDS), "the command ends");
      String stderr = Files.readString(data.resolve("stderr.txt"));
      assertEquals(1, tool.exitValue(), "refused, not out of memory (exit 3): " + stderr);
      assertTrue(stderr.contains("Not restored: The archive"), stderr);
    }
  }

  @Test
  void aTableMemberThatInflatesBeyondItsDeclaredSizeIsRefusedAtThatSize() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path bomb =
        forge(
            export(source),
            Map.of("entries/gift.jsonl", filled(new byte[0], '\n', 100 << 20)),
            manifest -> {
              member(manifest, "entries/gift.jsonl").put("size", 1000L);
              return manifest;
            });
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        bomb,
        "The archive is damaged: entries/gift.jsonl holds more than the 1,000 bytes its manifest"
            + " declares, so nothing was restored.");
  }

  @Test
  void anEntriesMemberThatIsOneEnormousLineIsRefusedAtTheLongestLine() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path bomb =
        forge(export(source), Map.of("entries/gift.jsonl", filled(new byte[0], 'a', 256 << 20)));
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        bomb,
        "The archive is damaged: line 1 of entries/gift.jsonl is longer than 4 MB, longer than any"
            + " row Summitry writes, so nothing was restored.");
  }

  @Test
  void jsonNestedAHundredThousandDeepIsRefused() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path archive = export(source);
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    List<String> rows = new ArrayList<>(lines(archive, "history/journal.jsonl"));
    rows.set(2, deep);
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        forge(archive, Map.of("history/journal.jsonl", text(rows))),
        "The archive is damaged: line 3 of history/journal.jsonl cannot be restored (not valid JSON"
            + " at character 65: arrays and objects nest deeper than 64 levels), so nothing was"
            + " restored.");
  }

  @Test
  void aPhotoFileLargerThanItsPhotosRecordIsRefusedAtThatSize() throws Exception {
    photoLargerThanItsRecord(TestDatabases::h2);
  }

  @Test
  void aPhotoFileLargerThanItsPhotosRecordIsRefusedOnPostgres() throws Exception {
    photoLargerThanItsRecord(TestDatabases::postgres);
  }

  private void photoLargerThanItsRecord(Supplier<Database> database) throws Exception {
    Instance source = fresh(database.get());
    String sha256 = fill(source);
    Path archive = export(source);
    byte[] jpeg = members(archive).get(ArchiveFormat.photoMember(sha256));
    // The horse followed by 25 MB of zeros, named by its digest, within the largest photo and
    // what the manifest declares: only the record's size bounds it.
    Content bomb = filled(jpeg, 0, 25 << 20);
    String bombSha256 = sha256(bomb);
    Path forged =
        forge(
            archive,
            photoSwapped(archive, sha256, bomb, bombSha256, row -> row.put("sha256", bombSha256)));
    assertRefusedAndLeftEmpty(
        fresh(database.get()),
        forged,
        "The archive is damaged: the photo file "
            + ArchiveFormat.photoMember(bombSha256)
            + " is larger than the "
            + String.format(Locale.ENGLISH, "%,d", jpeg.length)
            + " bytes its photo's record says, so nothing was restored.");
  }

  @Test
  void aPhotoLargerThanTheLargestUploadIsRefusedBeforeItIsWritten() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    String sha256 = fill(source);
    Path archive = export(source);
    long size = 40L << 20;
    Content big = filled(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, size - 3);
    String bigSha256 = sha256(big);
    Map<String, Content> swapped =
        photoSwapped(
            archive,
            sha256,
            big,
            bigSha256,
            row -> {
              row.put("sha256", bigSha256);
              row.put("byte_size", size);
            });
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        forge(archive, swapped),
        "The archive's manifest.json declares 40.0 MB of photo files, more than its 1 photo files"
            + " can hold at 30.0 MB each (the largest photo Summitry accepts); the archive was not"
            + " made by Summitry or has been changed.");
    Path understated =
        forge(
            archive,
            swapped,
            manifest -> {
              photos(manifest).put("bytes", 1000L);
              return manifest;
            });
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        understated,
        "The archive is damaged: the photo file "
            + ArchiveFormat.photoMember(bigSha256)
            + " is 40.0 MB by its photo's record, larger than 30.0 MB, the largest photo Summitry"
            + " accepts, so nothing was restored.");
  }

  @Test
  void photoFilesBeyondWhatTheManifestDeclaresAreRefused() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path understated =
        forge(
            export(source),
            Map.of(),
            manifest -> {
              photos(manifest).put("bytes", 1000L);
              return manifest;
            });
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        understated,
        "The archive is damaged: its photo files hold more than the 1,000 bytes its manifest"
            + " declares, so nothing was restored.");
  }

  @Test
  void aPhotoRowWithTheMediaTypeTextHtmlIsRefused() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    String sha256 = fill(source);
    Path archive = export(source);
    List<String> rows = lines(archive, "entries/photo.jsonl");
    int line = lineOf(rows, sha256);
    Object id = row(rows, line).get("id");
    Path html =
        forge(
            archive,
            Map.of(
                "entries/photo.jsonl",
                text(edited(rows, sha256, row -> row.put("media_type", "text/html")))));
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        html,
        "The archive is damaged: line "
            + line
            + " of entries/photo.jsonl cannot be restored (photo "
            + id
            + " has the media type \"text/html\", which is not one a photo may have (image/jpeg,"
            + " image/png, image/webp, image/gif, image/tiff)), so nothing was restored.");
    Path path =
        forge(
            archive,
            Map.of(
                "entries/photo.jsonl",
                text(
                    edited(
                        rows,
                        sha256,
                        row -> row.put("sha256", "../../" + "0".repeat(52) + "/passwd")))));
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        path,
        "The archive is damaged: line "
            + line
            + " of entries/photo.jsonl cannot be restored (photo "
            + id
            + " has no SHA-256 of 64 hexadecimal digits as its sha256), so nothing was restored.");
  }

  @Test
  void anHtmlFileDisguisedAsAPhotoIsRefusedBeforeItIsWritten() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    String sha256 = fill(source);
    Path archive = export(source);
    byte[] page =
        "<!doctype html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
    String pageSha256 = PhotoStore.sha256(page);
    Path forged =
        forge(
            archive,
            photoSwapped(
                archive,
                sha256,
                out -> out.write(page),
                pageSha256,
                row -> {
                  row.put("sha256", pageSha256);
                  row.put("byte_size", (long) page.length);
                }));
    assertRefusedAndLeftEmpty(
        fresh(TestDatabases.h2()),
        forged,
        "The archive is damaged: the photo file "
            + ArchiveFormat.photoMember(pageSha256)
            + " is not the image/jpeg file its photo's record says it is, so nothing was"
            + " restored.");
  }

  @Test
  void aForgedArchiveThatIsSoundIsRestored() throws Exception {
    Instance source = fresh(TestDatabases.h2());
    fill(source);
    Path archive = export(source);
    Path forged = forge(archive, Map.of());
    assertSameArchive(archive, forged);
    Instance target = fresh(TestDatabases.h2());
    assertEquals(1, restore(target, forged).photoFiles(), "the forger changes nothing by itself");
    try (Stream<Path> left = Files.list(target.photos().resolve("tmp"))) {
      assertEquals(List.of(), left.toList(), "the staging folder is gone");
    }
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
      update(
          connection,
          "INSERT INTO person_distinct (first_id, second_id, decided_by, decided_at)"
              + " SELECT MIN(id), MAX(id), 'curator', CURRENT_TIMESTAMP FROM person");
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

  /**
   * An archive whose manifest.json is 200 MB of zeros (some 200 KB deflated) while its ZIP header
   * declares 1,000 bytes, as in issue 20.
   */
  private static Path manifestBomb(Instance instance) throws IOException {
    Path bomb = instance.data().resolve("manifest-bomb.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
      filled(new byte[0], 0, 200 << 20).writeTo(zip);
      zip.closeEntry();
    }
    declareSize(bomb, ArchiveFormat.MANIFEST, 1000);
    try (ZipFile zip = new ZipFile(bomb.toFile())) {
      assertEquals(1000, zip.getEntry(ArchiveFormat.MANIFEST).getSize());
    }
    return bomb;
  }

  /** Writes {@code size} into the central directory's record of {@code member}. */
  private static void declareSize(Path archive, String member, int size) throws IOException {
    byte[] bytes = Files.readAllBytes(archive);
    ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = member.getBytes(StandardCharsets.UTF_8);
    boolean found = false;
    for (int at = 0; at + 46 + name.length <= bytes.length; at++) {
      if (zip.getInt(at) == 0x02014b50
          && zip.getShort(at + 28) == name.length
          && Arrays.equals(bytes, at + 46, at + 46 + name.length, name, 0, name.length)) {
        zip.putInt(at + 24, size);
        found = true;
      }
    }
    assertTrue(found, member + " is in the central directory");
    Files.write(archive, bytes);
  }

  /** A member's content, written in pieces so that a large one takes no memory. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** {@code head}, then {@code count} bytes of {@code fill}. */
  private static Content filled(byte[] head, int fill, long count) {
    return out -> {
      out.write(head);
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) fill);
      for (long left = count; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(left, block.length));
      }
    };
  }

  private static Content text(List<String> lines) {
    return out -> {
      for (String line : lines) {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    };
  }

  private static String sha256(Content content) throws IOException {
    Tally tally = new Tally(OutputStream.nullOutputStream());
    content.writeTo(tally);
    return tally.sha256();
  }

  private static List<String> lines(Path archive, String member) throws IOException {
    return new String(members(archive).get(member), StandardCharsets.UTF_8).lines().toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> row(List<String> rows, int line) {
    return (Map<String, Object>) JsonText.parse(rows.get(line - 1));
  }

  /** The line (from 1) of the photo row with this digest. */
  private static int lineOf(List<String> photoRows, String sha256) {
    for (int line = 1; line <= photoRows.size(); line++) {
      if (sha256.equals(row(photoRows, line).get("sha256"))) {
        return line;
      }
    }
    throw new AssertionError("no photo row for " + sha256);
  }

  /** The photo rows with the one of digest {@code sha256} changed. */
  private static List<String> edited(
      List<String> photoRows, String sha256, Consumer<Map<String, Object>> change) {
    List<String> edited = new ArrayList<>(photoRows);
    int line = lineOf(photoRows, sha256);
    Map<String, Object> row = row(photoRows, line);
    change.accept(row);
    edited.set(line - 1, JsonText.write(row));
    return edited;
  }

  /**
   * Changes for {@link #forge}: the photo file of digest {@code sha256} replaced by {@code content}
   * under the name {@code newSha256}, and its row changed to match.
   */
  private static Map<String, Content> photoSwapped(
      Path archive,
      String sha256,
      Content content,
      String newSha256,
      Consumer<Map<String, Object>> changeRow)
      throws IOException {
    Map<String, Content> changes = new HashMap<>();
    changes.put(ArchiveFormat.photoMember(sha256), null);
    changes.put(ArchiveFormat.photoMember(newSha256), content);
    changes.put(
        "entries/photo.jsonl",
        text(edited(lines(archive, "entries/photo.jsonl"), sha256, changeRow)));
    return changes;
  }

  private static Path forge(Path archive, Map<String, Content> changes) throws IOException {
    return forge(archive, changes, UnaryOperator.identity());
  }

  /**
   * A copy of the archive with members replaced, added ({@code changes}) or removed (mapped to
   * null), and a manifest that agrees with them: the checksum, size and rows of every table member,
   * the count and bytes of the photo files; then {@code changeManifest} for a flaw of its own.
   */
  @SuppressWarnings("unchecked")
  private static Path forge(
      Path archive, Map<String, Content> changes, UnaryOperator<Map<String, Object>> changeManifest)
      throws IOException {
    Path copy = archive.resolveSibling("forged-" + UUID.randomUUID() + ".zip");
    try (ZipFile zip = new ZipFile(archive.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      Map<String, Object> manifest;
      try (InputStream in = zip.getInputStream(zip.getEntry(ArchiveFormat.MANIFEST))) {
        manifest =
            (Map<String, Object>)
                JsonText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
      Set<String> names = new LinkedHashSet<>();
      zip.stream().map(ZipEntry::getName).forEach(names::add);
      names.addAll(changes.keySet());
      names.remove(ArchiveFormat.MANIFEST);
      long photoFiles = 0;
      long photoBytes = 0;
      for (String name : names) {
        Content content =
            changes.containsKey(name)
                ? changes.get(name)
                : to -> {
                  try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    in.transferTo(to);
                  }
                };
        if (content == null) {
          continue;
        }
        out.putNextEntry(new ZipEntry(name));
        Tally tally = new Tally(out);
        content.writeTo(tally);
        out.closeEntry();
        if (((Map<String, Object>) manifest.get("members")).containsKey(name)) {
          Map<String, Object> about = member(manifest, name);
          about.put("sha256", tally.sha256());
          about.put("size", tally.size);
          about.put("rows", tally.lines());
        } else if (ArchiveFormat.PHOTO_MEMBER.matcher(name).matches()) {
          photoFiles++;
          photoBytes += tally.size;
        }
      }
      photos(manifest).put("files", photoFiles);
      photos(manifest).put("bytes", photoBytes);
      out.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
      out.write(JsonText.write(changeManifest.apply(manifest)).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      out.closeEntry();
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> photos(Map<String, Object> manifest) {
    return (Map<String, Object>) manifest.get("photos");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(Map<String, Object> manifest, String name) {
    return (Map<String, Object>) ((Map<String, Object>) manifest.get("members")).get(name);
  }

  /** Counts, digests and counts the lines of what passes through, as the manifest does. */
  private static final class Tally extends FilterOutputStream {
    private final MessageDigest digest;
    private long size;
    private long newlines;
    private int last = '\n';

    Tally(OutputStream out) throws IOException {
      super(out);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IOException(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      digest.update(bytes, offset, length);
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n') {
          newlines++;
        }
      }
      if (length > 0) {
        size += length;
        last = bytes[offset + length - 1];
      }
    }

    @Override
    public void close() {
      // the ZIP stays open for the next member
    }

    long lines() {
      return newlines + (last == '\n' ? 0 : 1);
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private static void assertRefusedAndLeftEmpty(Instance target, Path archive, String message)
      throws Exception {
    // Each is refused within a second here; the margin is for a busy build machine.
    ArchiveRestore.Refused refused =
        assertTimeout(
            Duration.ofSeconds(10),
            () -> assertThrows(ArchiveRestore.Refused.class, () -> restore(target, archive)),
            "refused before the bomb is inflated");
    assertEquals(message, refused.getMessage());
    assertLeftEmpty(target);
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
    Path staging = target.photos().resolve("tmp");
    if (Files.exists(staging)) {
      try (Stream<Path> left = Files.list(staging)) {
        assertEquals(List.of(), left.toList(), "the staging folder is gone");
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
