package org.summitry.platform.control;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.summitry.platform.boundary.Configuration;

/**
 * The archive's database, chosen by configuration alone: PostgreSQL when {@code summitry.db.url}
 * ({@code SUMMITRY_DB_URL}) is set, otherwise an H2 file under the data directory.
 *
 * <p>Payara's connection pool instantiates this class by name (see {@code web.xml}), so the choice
 * between drivers happens here rather than in an annotation, which cannot be conditional.
 * Configuration is read through the application's class loader because the pool may call in from a
 * thread whose context class loader is the server's.
 */
public class ConfiguredDataSource implements DataSource {

  /** How long opening a connection to PostgreSQL may take before it counts as failed. */
  static final int CONNECT_TIMEOUT_SECONDS = 3;

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          current = create(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
          delegate = current;
        }
      }
    }
    return current;
  }

  static DataSource create(Config config) {
    String url = config.getOptionalValue("summitry.db.url", String.class).orElse("").trim();
    if (url.isEmpty()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(h2Url(Configuration.dataDirectory(config)));
      h2.setUser("sa");
      h2.setPassword("");
      return h2;
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException(
          "SUMMITRY_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), was: "
              + url);
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    // While the database is unreachable, pages should say so in seconds, not wait for the
    // driver's default of ten seconds per connection attempt (settings in the URL win).
    if (!url.contains("connectTimeout=")) {
      pg.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    }
    if (!url.contains("loginTimeout=")) {
      pg.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
    }
    config.getOptionalValue("summitry.db.user", String.class).ifPresent(pg::setUser);
    config.getOptionalValue("summitry.db.password", String.class).ifPresent(pg::setPassword);
    return pg;
  }

  /** The JDBC URL of the embedded database kept under {@code dataDirectory}. */
  public static String h2Url(Path dataDirectory) {
    return "jdbc:h2:file:"
        + dataDirectory.resolve("db").resolve("summitry").toAbsolutePath()
        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128";
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
