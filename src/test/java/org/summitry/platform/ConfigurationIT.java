package org.summitry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.summitry.platform.control.ConfiguredDataSource;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.RawRequest;
import org.summitry.testing.SlowRequest;
import org.summitry.testing.TcpRelay;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;
import org.summitry.testing.WebSession;

/**
 * What an operator relies on: data survives a restart, the demo content is loaded once and never
 * again, and PostgreSQL replaces the embedded database through environment variables alone.
 */
class ConfigurationIT {

  @Test
  void restartingKeepsEveryChangeAndLoadsTheDemoOnlyOnce() throws Exception {
    Path data =
        Files.createDirectories(Path.of("target", "restart-" + UUID.randomUUID()).toAbsolutePath());
    Map<String, String> environment = Map.of("SUMMITRY_DATA_DIR", data.toString());
    String photoFile;
    try (PayaraMicroProcess app = PayaraMicroProcess.start("first-start", environment)) {
      assertEquals(200, app.get("gifts/tea-set-2024").statusCode(), app.tail());
      Matcher file =
          Pattern.compile("/files/([0-9a-f]{64})")
              .matcher(app.get("gifts/aurus-limousine-2024").body());
      assertTrue(file.find(), "the gift shows its photo");
      photoFile = file.group();
      CompletableFuture<String> inFlight =
          SlowRequest.post(
              app.uri("sign-in"), "username=someone&password=wrong", Duration.ofSeconds(2));
      Thread.sleep(500);
      app.close();
      assertTrue(
          inFlight.get(30, TimeUnit.SECONDS).startsWith("HTTP/1.1 403"),
          "a request in flight at SIGTERM is answered before the server stops: " + inFlight.join());
      assertTrue(app.log().contains("Embedded database closed"), app.tail());
    }

    String h2 = ConfiguredDataSource.h2Url(data);
    try (Connection db = DriverManager.getConnection(h2, "sa", "");
        Statement sql = db.createStatement()) {
      assertEquals(13, count(sql, "SELECT COUNT(*) FROM gift"));
      sql.executeUpdate(
          "UPDATE gift SET title = 'Tea set (porcelain)' WHERE slug = 'tea-set-2024'");
    }

    try (PayaraMicroProcess app = PayaraMicroProcess.start("second-start", environment)) {
      assertTrue(
          app.get("gifts/tea-set-2024").body().contains("Tea set (porcelain)"),
          "the change made between runs is kept");
      assertTrue(
          app.get("gifts").body().contains("13 gifts"),
          "the demo content is not loaded a second time");
      assertEquals(200, app.get(photoFile.substring(1)).statusCode(), "photo files are kept");
      operatorsSeeMetricsAndNoStackTracesForExpectedErrors(app);
    }
  }

  /**
   * What an operator watches on a running instance: request counts and timings by page type in
   * {@code /metrics}, and a log that stays free of stack traces when visitors make mistakes.
   */
  private static void operatorsSeeMetricsAndNoStackTracesForExpectedErrors(PayaraMicroProcess app) {
    String metrics = app.get("metrics").body();
    assertTrue(
        Pattern.compile(
                "(?m)^summitry_requests_seconds_count\\{[^}]*page=\"/gifts/\\{slug}\"[^}]*status=\"2xx\"[^}]*}"
                    + " [1-9]")
            .matcher(metrics)
            .find(),
        "/metrics counts the gift pages viewed:\n"
            + metrics.lines().filter(l -> l.startsWith("summitry_")).toList());

    WebSession visitor = new WebSession(app);
    assertEquals(404, visitor.get("gifts/no-such-gift").statusCode());
    assertEquals(404, visitor.get("no/such/page").statusCode());
    assertEquals(400, visitor.get("gifts?page=abc").statusCode());
    assertEquals(
        403,
        visitor.postRaw("sign-in", Map.of("username", "x", "password", "y")).statusCode(),
        "a form without its CSRF token is refused");
    HttpResponse<String> malformed = visitor.postEncoded("sign-in", "username=%zz&password=%");
    assertEquals(400, malformed.statusCode(), "a malformed form is the sender's mistake");
    int port = app.uri("").getPort();
    assertFalse(
        RawRequest.send(
                port, "GET /%u002e%u002e/x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 5"),
        "an address the container cannot decode");
    assertTrue(
        RawRequest.send(port, "GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 400"),
        "a Host header that is no host");
    String log = app.log();
    assertFalse(
        Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(").matcher(log).find(),
        "expected errors leave no stack trace in the log:\n" + app.tail());
    assertTrue(log.contains("Refused POST /sign-in: no valid CSRF token"), app.tail());
  }

  @Test
  void postgresqlIsUsedWhenItsUrlIsConfigured() throws Exception {
    Database postgres = TestDatabases.postgres();
    Path data =
        Files.createDirectories(
            Path.of("target", "postgres-" + UUID.randomUUID()).toAbsolutePath());
    URI server = URI.create(postgres.url().substring("jdbc:".length()));
    try (TcpRelay network = new TcpRelay(server.getHost(), server.getPort())) {
      Map<String, String> environment =
          Map.of(
              "SUMMITRY_DATA_DIR", data.toString(),
              "SUMMITRY_DB_URL",
                  postgres.url().replace(":" + server.getPort() + "/", ":" + network.port() + "/"),
              "SUMMITRY_DB_USER", postgres.user(),
              "SUMMITRY_DB_PASSWORD", postgres.password(),
              "SUMMITRY_PUBLIC_URL", "https://summits.example/");
      try (PayaraMicroProcess app = PayaraMicroProcess.start("postgres", environment)) {
        HttpResponse<String> ready = app.get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(
            ready.body().contains("\"database\":\"UP\"")
                && ready.body().contains("\"photoStorage\":\"UP\""),
            ready.body());
        String page = app.get("gifts/aurus-limousine-2024").body();
        assertTrue(page.contains("Vladimir Putin") && page.contains("Kim Jong Un"), app.tail());

        HttpResponse<String> signIn = app.get("sign-in");
        assertTrue(
            signIn
                .headers()
                .firstValue("Strict-Transport-Security")
                .orElse("")
                .startsWith("max-age="),
            "HSTS behind an https public address");
        assertTrue(
            signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .allMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("secure")),
            "session cookies only over https: " + signIn.headers().allValues("Set-Cookie"));

        databaseAwayAndBack(app, network);
      }
      try (Connection db =
              DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
          Statement sql = db.createStatement()) {
        assertEquals(13, count(sql, "SELECT COUNT(*) FROM gift"), "the gifts live in PostgreSQL");
        assertEquals(3, count(sql, "SELECT COUNT(*) FROM summit"));
      }
      assertFalse(Files.exists(data.resolve("db")), "no embedded database was created");
    } finally {
      postgres.drop().run();
    }
  }

  /**
   * While the database cannot be reached, pages say so at once (503 with Retry-After) instead of
   * hanging; once it can, they are served again without a restart.
   */
  private static void databaseAwayAndBack(PayaraMicroProcess app, TcpRelay network)
      throws Exception {
    network.cut();
    for (String path : List.of("gifts/tea-set-2024", "people", "api/v1/gifts", "search?q=dog")) {
      long started = System.nanoTime();
      HttpResponse<String> away = app.get(path);
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      assertEquals(503, away.statusCode(), path + ": " + away.body());
      assertTrue(millis < 5_000, path + " answered in " + millis + " ms");
      assertTrue(away.headers().firstValue("Retry-After").isPresent(), path);
    }
    assertTrue(
        app.get("gifts/tea-set-2024").body().contains("cannot reach its database"),
        "the page says why, in the site's design");
    network.mend();
    int status = 0;
    for (int tries = 0; tries < 40 && status != 200; tries++) {
      Thread.sleep(250);
      status = app.get("gifts/tea-set-2024").statusCode();
    }
    assertEquals(200, status, "served again without a restart:\n" + app.tail());
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }
}
