package org.summitry.exchange.control;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Writes the whole archive as one ZIP (see {@link ArchiveFormat}) to a stream, a row and a file at
 * a time: memory stays bounded whatever the archive's size. Everything is read in one
 * repeatable-read transaction, so the file shows the archive at one moment even while curators
 * work. Plain JDBC, so the back office and the shell command run the same code.
 */
public final class ArchiveExport {

  private static final Logger LOG = Logger.getLogger(ArchiveExport.class.getName());
  private static final int FETCH = 500;

  private final DataSource dataSource;
  private final Path photoFolder;
  private final String schemaVersion;
  private final Clock clock;

  /**
   * @param photoFolder the data folder's {@code photos}, where originals are kept by digest
   * @param schemaVersion the database's Flyway schema version, written into the manifest
   */
  public ArchiveExport(DataSource dataSource, Path photoFolder, String schemaVersion, Clock clock) {
    this.dataSource = dataSource;
    this.photoFolder = photoFolder;
    this.schemaVersion = schemaVersion;
    this.clock = clock;
  }

  /** What an export wrote: rows per table, photo files, and the photos whose file was missing. */
  public record Summary(Map<String, Long> rows, long photoFiles, long missingPhotoFiles) {}

  /** Writes the archive to {@code out}, which is finished (not closed) on return. */
  public Summary writeTo(OutputStream out) throws IOException {
    Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    Map<String, Object> members = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    long photoFiles = 0;
    long photoBytes = 0;
    long missing = 0;
    try (Connection connection = dataSource.getConnection()) {
      // A pooled connection goes back to the pool as it was found.
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        for (ArchiveFormat.Table table : ArchiveFormat.TABLES) {
          Counted member = begin(zip, table.member(), created, Deflater.DEFAULT_COMPRESSION);
          long[] countAndLastId = writeTable(connection, table, member);
          Map<String, Object> about = member.finish();
          about.put("rows", countAndLastId[0]);
          if (table.sequence() != null) {
            about.put("lastId", countAndLastId[1]);
          }
          members.put(table.member(), about);
          long count = countAndLastId[0];
          rows.put(table.name(), count);
        }
        try (PreparedStatement photos =
            connection.prepareStatement(
                "SELECT sha256 FROM photo ORDER BY id",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
          photos.setFetchSize(FETCH);
          try (ResultSet result = photos.executeQuery()) {
            while (result.next()) {
              String sha256 = result.getString(1).strip();
              Path file = ArchiveFormat.photoFile(photoFolder, sha256);
              if (!Files.isRegularFile(file)) {
                missing++;
                continue;
              }
              // Photos are compressed already: stored (level 0) they cost no CPU to pack.
              Counted member =
                  begin(zip, ArchiveFormat.photoMember(sha256), created, Deflater.NO_COMPRESSION);
              try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(member);
              }
              member.finish();
              photoFiles++;
              photoBytes += member.size;
            }
          }
        }
      } finally {
        connection.rollback();
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IOException("Reading the archive from the database failed: " + e.getMessage(), e);
    }
    if (missing > 0) {
      long count = missing;
      LOG.warning(
          () ->
              count
                  + " photos have no original file in "
                  + photoFolder
                  + "; the archive holds their records without files.");
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", ArchiveFormat.FORMAT);
    manifest.put("formatVersion", ArchiveFormat.FORMAT_VERSION);
    manifest.put("schemaVersion", schemaVersion);
    manifest.put("createdAt", created.toString());
    manifest.put("rows", new LinkedHashMap<>(rows));
    manifest.put("members", members);
    Map<String, Object> photos = new LinkedHashMap<>();
    photos.put("files", photoFiles);
    photos.put("bytes", photoBytes);
    photos.put("missing", missing);
    photos.put("checksum", "each photo member is named by the SHA-256 of its content");
    manifest.put("photos", photos);
    ZipEntry entry = new ZipEntry(ArchiveFormat.MANIFEST);
    entry.setTime(created.toEpochMilli());
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    zip.putNextEntry(entry);
    zip.write(JsonText.write(manifest).getBytes(StandardCharsets.UTF_8));
    zip.write('\n');
    zip.closeEntry();
    zip.finish();
    return new Summary(rows, photoFiles, missing);
  }

  /** Writes the rows of {@code table}; returns their count and the last (highest) id. */
  private static long[] writeTable(
      Connection connection, ArchiveFormat.Table table, OutputStream to)
      throws SQLException, IOException {
    long lastId = 0;
    List<ArchiveFormat.Column> columns = ArchiveFormat.columns(connection, table.name());
    long count = 0;
    Writer writer = new BufferedWriter(new OutputStreamWriter(to, StandardCharsets.UTF_8), 65536);
    try (PreparedStatement select =
        connection.prepareStatement(
            ArchiveFormat.select(table), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      select.setFetchSize(FETCH);
      try (ResultSet result = select.executeQuery()) {
        StringBuilder line = new StringBuilder(1024);
        Map<String, Object> row = new LinkedHashMap<>();
        while (result.next()) {
          row.clear();
          for (int i = 0; i < columns.size(); i++) {
            ArchiveFormat.Column column = columns.get(i);
            row.put(column.name(), ArchiveFormat.read(result, i + 1, column));
          }
          line.setLength(0);
          JsonText.write(line, row);
          line.append('\n');
          writer.append(line);
          count++;
          if (table.sequence() != null) {
            lastId = result.getLong("id");
          }
        }
      }
    }
    writer.flush();
    return new long[] {count, lastId};
  }

  private static Counted begin(ZipOutputStream zip, String name, Instant created, int level)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(created.toEpochMilli());
    zip.setLevel(level);
    zip.putNextEntry(entry);
    return new Counted(zip);
  }

  /** One member being written: counts its bytes and digests them, leaving the ZIP open. */
  private static final class Counted extends FilterOutputStream {
    private final ZipOutputStream zip;
    private final MessageDigest digest;
    private long size;

    Counted(ZipOutputStream zip) {
      super(zip);
      this.zip = zip;
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      zip.write(b);
      digest.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      zip.write(bytes, offset, length);
      digest.update(bytes, offset, length);
      size += length;
    }

    @Override
    public void close() {
      throw new UncheckedIOException(new IOException("a member is finished, not closed"));
    }

    Map<String, Object> finish() throws IOException {
      zip.closeEntry();
      Map<String, Object> about = new LinkedHashMap<>();
      about.put("sha256", HexFormat.of().formatHex(digest.digest()));
      about.put("size", size);
      return about;
    }
  }
}
