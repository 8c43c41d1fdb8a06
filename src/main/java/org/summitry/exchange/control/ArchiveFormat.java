package org.summitry.exchange.control;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The layout of an archive file (a ZIP): one JSON Lines member per table, one JSON object per row
 * in primary-key order, entries under {@code entries/} and their history under {@code history/};
 * the original photo files under {@code photos/}, named by their SHA-256 as in the data folder; and
 * {@code manifest.json} last, with the format and schema version, the row count of every table and
 * the SHA-256 and size of every member (a photo member's name is its own checksum). Values are
 * written by kind, not by the database's type names, so that an archive of the embedded H2 database
 * restores into PostgreSQL and back: numbers and booleans as JSON, decimals as strings, dates as
 * ISO days, instants as ISO timestamps in UTC.
 *
 * <p>Accounts (users, password hashes, sign-in throttles, setup links, and the journal's rows about
 * them) are not part of an archive: the instance it is restored into keeps its own administrators.
 * Import runs (uploaded files and their progress) stay behind too; the entries they made are in the
 * archive like any other.
 */
public final class ArchiveFormat {

  private ArchiveFormat() {}

  public static final String FORMAT = "summitry-archive";
  public static final int FORMAT_VERSION = 1;
  public static final String MANIFEST = "manifest.json";
  public static final String PHOTOS = "photos/";

  static final Pattern PHOTO_MEMBER = Pattern.compile("photos/([0-9a-f]{2})/(\\1[0-9a-f]{62})");

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * The largest manifest read, counted while it inflates. Summitry's lists fourteen members and a
   * summary of the photos: about 3 KB, whatever the archive's size.
   */
  static final int MAX_MANIFEST_BYTES = 1024 * 1024;

  /**
   * The longest line of a table member, in bytes. The longest row Summitry writes is a journal row:
   * its snapshot holds at most 200,000 characters (the column's size), each written as at most six
   * bytes (a control character escaped as a backslash, u and four hex digits), so 1.2 MB, and the
   * row's other columns some hundreds of bytes more. Three times that is still no burden on memory.
   */
  static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /**
   * The largest photo file restored: the largest the back office accepts in an upload (the curation
   * component's GalleryUploads, 30 MB), which is the only way a photo gets in.
   */
  static final long MAX_PHOTO_BYTES = 30L * 1024 * 1024;

  /**
   * The media types a photo may have: those media's ImageInfo recognises from a file's first bytes,
   * with those bytes. A photo row with any other type (text/html, say) would have the site serve
   * that type from its own origin.
   */
  static final Map<String, List<byte[]>> PHOTO_SIGNATURES =
      Map.of(
          "image/jpeg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
          "image/png", List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
          "image/gif", List.of(new byte[] {'G', 'I', 'F', '8'}),
          "image/webp", List.of(new byte[] {'R', 'I', 'F', 'F'}),
          "image/tiff", List.of(new byte[] {'I', 'I', 42, 0}, new byte[] {'M', 'M', 0, 42}));

  /** The media types a photo may have, as a person reads them. */
  static final String PHOTO_MEDIA_TYPES =
      "image/jpeg, image/png, image/webp, image/gif, image/tiff";

  /** The most bytes {@link #hasSignature} needs to see. */
  static final int SIGNATURE_BYTES = 12;

  /** Whether a file that begins with {@code head} is of the photo media type {@code mediaType}. */
  static boolean hasSignature(String mediaType, byte[] head) {
    for (byte[] signature : PHOTO_SIGNATURES.getOrDefault(mediaType, List.of())) {
      if (head.length >= signature.length
          && Arrays.equals(head, 0, signature.length, signature, 0, signature.length)) {
        return !mediaType.equals("image/webp")
            || head.length >= SIGNATURE_BYTES
                && Arrays.equals(head, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4);
      }
    }
    return false;
  }

  /**
   * Checks a row of the photo table beyond what the database checks: its digest names a file in the
   * data folder, so it must be one (not a path), and its media type is served with the file.
   *
   * @throws IllegalArgumentException saying what is wrong with the row
   */
  static void checkPhoto(Map<?, ?> row) {
    Object id = row.get("id");
    if (!(row.get("sha256") instanceof String sha256) || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          "photo " + id + " has no SHA-256 of 64 hexadecimal digits as its sha256");
    }
    if (!(row.get("media_type") instanceof String type) || !PHOTO_SIGNATURES.containsKey(type)) {
      throw new IllegalArgumentException(
          "photo "
              + id
              + " has the media type "
              + JsonText.write(row.get("media_type"))
              + ", which is not one a photo may have ("
              + PHOTO_MEDIA_TYPES
              + ")");
    }
  }

  /** Whether {@code text} is a SHA-256 in lower-case hex, as the manifest writes them. */
  static boolean isSha256(Object text) {
    return text instanceof String sha256 && SHA256.matcher(sha256).matches();
  }

  /**
   * A table of the archive, in the order that satisfies foreign keys when restoring: its member,
   * the order of its rows, the sequence its ids come from, and which rows belong to the archive.
   */
  public record Table(String name, String member, String order, String sequence, String where) {}

  /** The journal's rows about accounts, which stay with the instance like the accounts. */
  static final String ACCOUNT_ROWS = "entry_type = 'USER'";

  public static final List<Table> TABLES =
      List.of(
          entries("country", "id"),
          entries("person", "id"),
          entries("person_alias", "person_id, position"),
          entries("person_distinct", "first_id, second_id"),
          entries("summit", "id"),
          entries("summit_participant", "summit_id, position"),
          entries("gift_category", "id"),
          entries("gift", "id"),
          entries("source", "id"),
          entries("citation", "id"),
          entries("claim", "id"),
          entries("translation", "id"),
          entries("photo", "id"),
          entries("gallery_item", "id"),
          entries("photo_region", "id"),
          entries("story", "id"),
          entries("exchange_rate", "id"),
          new Table(
              "journal",
              "history/journal.jsonl",
              "id",
              "journal_seq",
              "NOT (" + ACCOUNT_ROWS + ")"),
          new Table(
              "slug_redirect",
              "history/slug_redirect.jsonl",
              "entry_id, entry_type, old_slug",
              null,
              null),
          new Table("import_preset", "history/import_preset.jsonl", "id", "import_seq", null));

  private static Table entries(String name, String order) {
    return new Table(
        name,
        "entries/" + name + ".jsonl",
        order,
        order.equals("id") ? "summitry_seq" : null,
        null);
  }

  /** How a column's values are written and read, whatever the database calls its type. */
  enum Kind {
    INTEGER,
    BOOLEAN,
    DECIMAL,
    DATE,
    INSTANT,
    TEXT
  }

  /** The rows of {@code table} that belong to the archive, in archive order. */
  static String select(Table table) {
    return "SELECT * FROM "
        + table.name()
        + (table.where() == null ? "" : " WHERE " + table.where())
        + " ORDER BY "
        + table.order();
  }

  /** A column of a table as the connected database describes it, names in lower case. */
  record Column(String name, Kind kind, int sqlType) {}

  /** The columns of {@code table} in the connected database, in their order there. */
  static List<Column> columns(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet empty = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData meta = empty.getMetaData();
      List<Column> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(
            new Column(
                meta.getColumnName(i).toLowerCase(Locale.ROOT),
                kind(meta.getColumnType(i), meta.getColumnTypeName(i)),
                meta.getColumnType(i)));
      }
      return columns;
    }
  }

  private static Kind kind(int type, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    if (type == Types.TIMESTAMP_WITH_TIMEZONE
        || name.equals("timestamptz")
        || name.equals("timestamp with time zone")) {
      return Kind.INSTANT;
    }
    return switch (type) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
      case Types.DATE -> Kind.DATE;
      case Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.CLOB,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.NCLOB ->
          Kind.TEXT;
      default ->
          throw new IllegalStateException(
              "The archive format has no way to write a column of type " + typeName);
    };
  }

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX", Locale.ROOT);

  /** The JSON value of column {@code index} of the current row. */
  static Object read(ResultSet row, int index, Column column) throws SQLException {
    Object value =
        switch (column.kind()) {
          case INTEGER -> row.getLong(index);
          case BOOLEAN -> row.getBoolean(index);
          case DECIMAL -> {
            BigDecimal decimal = row.getBigDecimal(index);
            yield decimal == null ? null : decimal.toPlainString();
          }
          case DATE -> {
            LocalDate date = row.getObject(index, LocalDate.class);
            yield date == null ? null : date.toString();
          }
          case INSTANT -> {
            OffsetDateTime at = row.getObject(index, OffsetDateTime.class);
            yield at == null ? null : INSTANT.format(at.withOffsetSameInstant(ZoneOffset.UTC));
          }
          case TEXT -> row.getString(index);
        };
    return row.wasNull() ? null : value;
  }

  /**
   * Binds a JSON value to parameter {@code index}.
   *
   * @throws IllegalArgumentException when the value does not fit the column
   */
  static void bind(PreparedStatement insert, int index, Column column, Object value)
      throws SQLException {
    if (value == null) {
      insert.setNull(index, column.sqlType());
      return;
    }
    try {
      switch (column.kind()) {
        // A BigDecimal such as 1e999999999 would expand to a billion digits in longValue().
        case INTEGER ->
            insert.setLong(
                index, value instanceof Long whole ? whole : ((BigDecimal) value).longValueExact());
        case BOOLEAN -> insert.setBoolean(index, (Boolean) value);
        case DECIMAL -> insert.setBigDecimal(index, decimal((String) value));
        case DATE -> insert.setObject(index, LocalDate.parse((String) value));
        case INSTANT -> insert.setObject(index, OffsetDateTime.parse((String) value));
        case TEXT -> insert.setString(index, (String) value);
      }
    } catch (ClassCastException
        | java.time.format.DateTimeParseException
        | ArithmeticException
        | NumberFormatException wrong) {
      throw new IllegalArgumentException(
          "the value of " + column.name() + " is not " + column.kind().name().toLowerCase(), wrong);
    }
  }

  /**
   * A decimal column's value, which Summitry writes as a plain string of digits; converting a very
   * long one would only cost time.
   */
  private static BigDecimal decimal(String value) {
    if (value.length() > JsonText.MAX_NUMBER_LENGTH) {
      throw new NumberFormatException("longer than " + JsonText.MAX_NUMBER_LENGTH + " characters");
    }
    BigDecimal decimal = new BigDecimal(value);
    if (Math.abs(decimal.scale()) > JsonText.MAX_NUMBER_LENGTH) {
      throw new NumberFormatException("exponent out of range");
    }
    return decimal;
  }

  /** The member of the photo file with this digest. */
  static String photoMember(String sha256) {
    return PHOTOS + sha256.substring(0, 2) + "/" + sha256;
  }

  /** Where the data folder keeps the original of a photo (see media's FileSystemPhotoStore). */
  static Path photoFile(Path photoFolder, String sha256) {
    return photoFolder.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
