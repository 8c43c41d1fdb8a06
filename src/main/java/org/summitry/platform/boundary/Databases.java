package org.summitry.platform.boundary;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.summitry.platform.control.ConfiguredDataSource;
import org.summitry.platform.control.DatabaseMigrations;

/**
 * The archive's database for other components: the pooled datasource's name, its schema version,
 * and, for commands run from the shell without the server (no MicroProfile Config there), the
 * database and data folder the app would use, read from the same environment variables.
 */
public final class Databases {

  /** The pooled datasource declared in {@code web.xml}. */
  public static final String JNDI_NAME = DatabaseMigrations.JNDI_NAME;

  private Databases() {}

  /** The Flyway version of the database's schema ("5"), or "0" before the first migration. */
  public static String schemaVersion(DataSource dataSource) {
    return DatabaseMigrations.schemaVersion(dataSource);
  }

  /** Brings the schema up to date, as the app does at start-up; returns the version reached. */
  public static String migrate(DataSource dataSource) {
    DatabaseMigrations.migrate(dataSource);
    return schemaVersion(dataSource);
  }

  /** A database and data folder as configured for the app, with a description for people. */
  public record Standalone(DataSource dataSource, Path dataDirectory, String description) {}

  /**
   * The app's database and data folder from {@code SUMMITRY_DB_URL}, {@code SUMMITRY_DB_USER},
   * {@code SUMMITRY_DB_PASSWORD} and {@code SUMMITRY_DATA_DIR} in {@code environment}: PostgreSQL
   * when the URL is set, the H2 file under the data folder otherwise.
   */
  public static Standalone fromEnvironment(Map<String, String> environment) {
    Path data =
        Path.of(environment.getOrDefault("SUMMITRY_DATA_DIR", "./data"))
            .toAbsolutePath()
            .normalize();
    String url = environment.getOrDefault("SUMMITRY_DB_URL", "").strip();
    if (url.isEmpty()) {
      JdbcDataSource h2 = new JdbcDataSource();
      String h2Url = ConfiguredDataSource.h2Url(data);
      h2.setURL(h2Url);
      h2.setUser("sa");
      h2.setPassword("");
      return new Standalone(h2, data, "the H2 database in " + data.resolve("db"));
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "SUMMITRY_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), was: "
              + url);
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    String user = environment.getOrDefault("SUMMITRY_DB_USER", "");
    if (!user.isEmpty()) {
      pg.setUser(user);
    }
    String password = environment.getOrDefault("SUMMITRY_DB_PASSWORD", "");
    if (!password.isEmpty()) {
      pg.setPassword(password);
    }
    return new Standalone(pg, data, url.replaceAll("password=[^&]*", "password=…"));
  }
}
