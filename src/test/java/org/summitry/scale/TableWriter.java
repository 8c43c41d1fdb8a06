package org.summitry.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Writes rows into one table as fast as the database takes them: PostgreSQL's COPY (text format)
 * through pgjdbc's CopyManager, or batched INSERTs elsewhere (H2). Values are Strings, Numbers,
 * Booleans, LocalDates and OffsetDateTimes, or null.
 */
abstract class TableWriter implements AutoCloseable {

  final String table;
  final List<String> columns;
  long rows;

  private TableWriter(String table, List<String> columns) {
    this.table = table;
    this.columns = columns;
  }

  static TableWriter open(Connection connection, String table, String... columns)
      throws SQLException {
    List<String> list = List.of(columns);
    return connection.isWrapperFor(BaseConnection.class)
        ? new Copy(connection, table, list)
        : new Batch(connection, table, list);
  }

  abstract void row(Object... values) throws SQLException;

  @Override
  public abstract void close() throws SQLException;

  /** COPY ... FROM STDIN, fed a megabyte at a time. */
  private static final class Copy extends TableWriter {
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(1 << 20);

    Copy(Connection connection, String table, List<String> columns) throws SQLException {
      super(table, columns);
      this.copy =
          new CopyManager(connection.unwrap(BaseConnection.class))
              .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    @Override
    void row(Object... values) throws SQLException {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(table + ": " + values.length + " values");
      }
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          buffer.append('\t');
        }
        append(values[i]);
      }
      buffer.append('\n');
      rows++;
      if (buffer.length() > (1 << 20)) {
        flush();
      }
    }

    private void append(Object value) {
      if (value == null) {
        buffer.append("\\N");
      } else if (value instanceof Boolean b) {
        buffer.append(b ? 't' : 'f');
      } else if (value instanceof BigDecimal d) {
        buffer.append(d.toPlainString());
      } else if (value instanceof String s) {
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          switch (c) {
            case '\\' -> buffer.append("\\\\");
            case '\n' -> buffer.append("\\n");
            case '\r' -> buffer.append("\\r");
            case '\t' -> buffer.append("\\t");
            default -> buffer.append(c);
          }
        }
      } else {
        buffer.append(value);
      }
    }

    private void flush() throws SQLException {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
      if (copy.isActive()) {
        flush();
        copy.endCopy();
      }
    }
  }

  /** Prepared INSERTs sent in batches of a thousand. */
  private static final class Batch extends TableWriter {
    private final PreparedStatement insert;
    private int pending;

    Batch(Connection connection, String table, List<String> columns) throws SQLException {
      super(table, columns);
      this.insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(columns.size(), "?"))
                  + ")");
    }

    @Override
    void row(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.addBatch();
      rows++;
      if (++pending == 1000) {
        insert.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      if (!insert.isClosed()) {
        if (pending > 0) {
          insert.executeBatch();
        }
        insert.close();
      }
    }
  }
}
