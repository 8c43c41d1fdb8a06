package org.summitry.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.summitry.platform.boundary.DatabaseReady;

/**
 * Brings the schema up to date at start-up, before any page is served. Flyway owns the DDL; the JPA
 * provider never generates tables. Once the schema is current, {@link DatabaseReady} is fired so
 * other components (demo content, later the search index) can start their own work.
 */
@ApplicationScoped
public class DatabaseMigrations {

  /** The pooled datasource declared in {@code web.xml}. */
  public static final String JNDI_NAME = "java:app/jdbc/summitry";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DatabaseMigrations.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<DatabaseReady> ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    MigrateResult result = migrate(dataSource);
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    ready.fire(new DatabaseReady());
  }

  /** Applies the pending migrations of {@code db/migration} to the given database. */
  public static MigrateResult migrate(DataSource dataSource) {
    return flyway(dataSource).migrate();
  }

  /** The version of the last migration applied to the given database, or "0" before the first. */
  public static String schemaVersion(DataSource dataSource) {
    MigrationInfo current = flyway(dataSource).info().current();
    return current == null || current.getVersion() == null
        ? "0"
        : current.getVersion().getVersion();
  }

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }
}
