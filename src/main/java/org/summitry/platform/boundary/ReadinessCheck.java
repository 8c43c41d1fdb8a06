package org.summitry.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.summitry.platform.control.DatabaseMigrations;
import org.summitry.platform.control.GracefulShutdown;

/**
 * Whether this instance can serve: the database answers, photo storage is writable and it is not
 * shutting down. Payara Micro publishes it at {@code /health/ready}, for load balancers and
 * container health checks.
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = DatabaseMigrations.JNDI_NAME)
  DataSource dataSource;

  @Inject Config config;

  @Inject GracefulShutdown shutdown;

  @Override
  public HealthCheckResponse call() {
    boolean database = databaseAnswers();
    boolean storage = storageWritable();
    boolean stopping = shutdown.draining();
    return HealthCheckResponse.named("summitry")
        .status(database && storage && !stopping)
        .withData("database", database ? "UP" : "DOWN")
        .withData("photoStorage", storage ? "UP" : "DOWN")
        .withData("shutdown", stopping ? "DRAINING" : "NO")
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private boolean storageWritable() {
    Path photos = Configuration.dataDirectory(config).resolve("photos");
    try {
      Files.createDirectories(photos);
      Path probe = Files.createTempFile(photos, ".ready-", ".probe");
      Files.delete(probe);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
