package org.summitry.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.h2.jdbcx.JdbcDataSource;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops the archive without cutting anyone off. Left alone, Payara Micro answers SIGTERM (what
 * {@code docker stop} and Kubernetes send) by closing its listeners within about two seconds, which
 * drops an upload or a save in progress. So the archive takes SIGTERM itself: it reports not ready
 * (load balancers send new visitors elsewhere), waits until the requests being served have finished
 * or {@code summitry.shutdown.grace} seconds have passed, and only then lets the JVM exit, which is
 * when Payara undeploys the app and the database is closed.
 *
 * <p>{@code sun.misc.Signal} is the JDK's only way to handle a signal; where it is missing the
 * default behaviour stays and the log says so.
 */
@ApplicationScoped
public class GracefulShutdown {

  private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());
  private static final int EXIT_ON_SIGTERM = 128 + 15;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean embeddedDatabaseOpen = new AtomicBoolean(true);
  private volatile boolean draining;
  private SignalHandler previous;

  @Inject Config config;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    Duration grace =
        Duration.ofSeconds(
            config.getOptionalValue("summitry.shutdown.grace", Integer.class).orElse(5));
    try {
      previous = Signal.handle(new Signal("TERM"), signal -> drainThenExit(grace));
    } catch (IllegalArgumentException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "SIGTERM cannot be handled here ({0}): requests in flight at shutdown may be cut off",
          e.toString());
    }
  }

  void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    if (previous != null) {
      // The handler's class loader goes away with the app; give the JVM its own handler back.
      Signal.handle(new Signal("TERM"), previous);
      previous = null;
    }
    closeEmbeddedDatabase();
  }

  /**
   * H2 is opened with DB_CLOSE_ON_EXIT=FALSE so that its own shutdown hook cannot close it under
   * requests still being served; it is closed here instead, once the app is going away. The
   * connection is a direct one: a pooled one would be handed back to a pool whose database is gone.
   */
  private void closeEmbeddedDatabase() {
    if (!(ConfiguredDataSource.create(config) instanceof JdbcDataSource h2)
        || !embeddedDatabaseOpen.compareAndSet(true, false)) {
      return;
    }
    try (Connection connection = h2.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("SHUTDOWN");
      // The JVM is exiting: java.util.logging's handlers may be closed already, so this goes to
      // the console directly, where an operator reading `docker logs` looks for it.
      System.out.println("Embedded database closed");
    } catch (SQLException e) {
      System.out.println("Closing the embedded database failed: " + e.getMessage());
    }
  }

  /** A request starts being served; pair with {@link #finished()}. */
  public void started() {
    inFlight.incrementAndGet();
  }

  public void finished() {
    inFlight.decrementAndGet();
  }

  /** True once shutdown has begun: the instance still serves, but should get no new visitors. */
  public boolean draining() {
    return draining;
  }

  private void drainThenExit(Duration grace) {
    if (draining) {
      return;
    }
    draining = true;
    Thread drain =
        new Thread(
            () -> {
              Instant start = Instant.now();
              Instant deadline = start.plus(grace);
              if (inFlight.get() > 0) {
                LOG.info(
                    () ->
                        "SIGTERM: finishing "
                            + inFlight.get()
                            + " requests in flight before stopping (at most "
                            + grace.toSeconds()
                            + " s)");
              }
              while (inFlight.get() > 0 && Instant.now().isBefore(deadline)) {
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  break;
                }
              }
              int left = inFlight.get();
              long waited = Duration.between(start, Instant.now()).toMillis();
              if (left > 0) {
                LOG.warning(
                    () ->
                        "SIGTERM: stopping with "
                            + left
                            + " requests still in flight after "
                            + grace.toSeconds()
                            + " s (SUMMITRY_SHUTDOWN_GRACE)");
              } else {
                LOG.info(() -> "SIGTERM: no requests in flight after " + waited + " ms, stopping");
              }
              // Closed here too, not only when the app is undeployed: in the container, since the
              // app is distributable (web.xml), Payara Micro was seen to exit without reaching
              // onStop, leaving H2 open. No request is served any more; the index stops following.
              closeEmbeddedDatabase();
              System.exit(EXIT_ON_SIGTERM);
            },
            "summitry-shutdown");
    drain.start();
  }
}
