package org.summitry.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases tests run against: a fresh H2 file under target/, and the PostgreSQL named by
 * {@code SUMMITRY_TEST_DB_URL} (with {@code SUMMITRY_TEST_DB_USER} and {@code
 * SUMMITRY_TEST_DB_PASSWORD}), in a schema of its own that is dropped afterwards. Without the URL
 * the PostgreSQL tests are skipped with a message, unless {@code SUMMITRY_TEST_DB_REQUIRED=true}
 * (as in CI), where its absence fails them.
 */
public final class TestDatabases {

  private TestDatabases() {}

  /** A JDBC URL, user and password, and how to clean up afterwards. */
  public record Database(String name, String url, String user, String password, Runnable drop) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static Database h2() {
    try {
      Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "h2-");
      String url = "jdbc:h2:file:" + dir.resolve("summitry") + ";DB_CLOSE_DELAY=-1";
      return new Database("H2", url, "sa", "", () -> {});
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A fresh schema in the configured PostgreSQL; skips or fails the test when none is configured.
   */
  public static Database postgres() {
    String url = System.getenv("SUMMITRY_TEST_DB_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("SUMMITRY_TEST_DB_REQUIRED"))) {
        fail("SUMMITRY_TEST_DB_REQUIRED=true but SUMMITRY_TEST_DB_URL is not set");
      }
      Assumptions.abort(
          "PostgreSQL tests skipped: set SUMMITRY_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/<db>"
              + " (and SUMMITRY_TEST_DB_USER / SUMMITRY_TEST_DB_PASSWORD) to run them");
    }
    String user = System.getenv().getOrDefault("SUMMITRY_TEST_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("SUMMITRY_TEST_DB_PASSWORD", "");
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, user, password, "CREATE SCHEMA " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new Database(
        "PostgreSQL",
        schemaUrl,
        user,
        password,
        () -> execute(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
  }

  public static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not run " + sql + " on " + url + ": " + e.getMessage(), e);
    }
  }
}
