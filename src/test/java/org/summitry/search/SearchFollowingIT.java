package org.summitry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;
import org.summitry.testing.WebSession;

/**
 * Two instances on one PostgreSQL, each with its own index: a summit published through the first
 * shows in the second's search within seconds, a draft never does, and an index deleted while its
 * instance is stopped is rebuilt from the database at the next start.
 */
class SearchFollowingIT {

  private static final String PASSWORD = "following-test-password";

  @Test
  void aChangeOnOneInstanceReachesTheOtherInstancesSearchAndALostIndexIsRebuilt() throws Exception {
    Database postgres = TestDatabases.postgres();
    Path root = Files.createDirectories(Path.of("target", "following-" + UUID.randomUUID()));
    Path dataA = Files.createDirectories(root.resolve("a")).toAbsolutePath();
    Path dataB = Files.createDirectories(root.resolve("b")).toAbsolutePath();
    try (PayaraMicroProcess first =
        PayaraMicroProcess.start("first", environment(postgres, dataA))) {
      PayaraMicroProcess second = PayaraMicroProcess.start("second", environment(postgres, dataB));
      try {
        awaitSearch(second, "Pungsan", "pungsan-dogs-for-putin-2024");

        awaitCaughtUp(second);
        assertListCountsMatchTheDatabase(second, postgres);

        WebSession admin = new WebSession(first);
        assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
        HttpResponse<String> created =
            admin.submit(
                "admin/summits/new",
                "admin/summits/new",
                Map.of("title", "Zanzibar accord summit", "summary", "Talks on the quay."));
        assertEquals(303, created.statusCode(), created.body());
        String edit = WebSession.editPath(created);

        awaitCaughtUp(second);
        assertFalse(
            second.get("search?q=Zanzibar").body().contains("zanzibar-accord-summit"),
            "a draft is never found");

        assertEquals(303, admin.submit(edit, edit + "/publish", Map.of()).statusCode());
        long published = System.nanoTime();
        awaitSearch(second, "Zanzibar", "zanzibar-accord-summit");
        Duration took = Duration.ofNanos(System.nanoTime() - published);
        assertTrue(took.toSeconds() < 10, "the other instance followed within seconds: " + took);
        awaitSearch(first, "zanzibar+quay", "zanzibar-accord-summit");

        assertEquals(303, admin.submit(edit, edit + "/trash", Map.of()).statusCode());
        awaitCaughtUp(second);
        awaitGone(second, "Zanzibar", "zanzibar-accord-summit");
      } finally {
        second.close();
      }

      Path index = dataB.resolve("index");
      assertTrue(Files.isDirectory(index), "the second instance kept its index in its data folder");
      delete(index);
      try (PayaraMicroProcess again =
          PayaraMicroProcess.start("second-again", environment(postgres, dataB))) {
        awaitSearch(again, "Pungsan", "pungsan-dogs-for-putin-2024");
        assertTrue(again.log().contains("building it from the database"), again.tail());
        HttpResponse<String> health = again.get("health/ready");
        assertTrue(health.body().contains("\"search-index\""), health.body());
      }
    } finally {
      postgres.drop().run();
      delete(root);
    }
  }

  /**
   * The gift list's counts come from the index: for every category and every giver and recipient
   * country they equal what SQL counts in the database.
   */
  private static void assertListCountsMatchTheDatabase(PayaraMicroProcess app, Database postgres)
      throws Exception {
    String public_ = " g.published = TRUE AND g.deleted_at IS NULL";
    Map<String, String> queries =
        Map.of(
            "category",
            "SELECT c.slug, COUNT(*) FROM gift g JOIN gift_category c ON c.id = g.category_id"
                + " WHERE"
                + public_
                + " GROUP BY c.slug",
            "from",
            "SELECT LOWER(k.code), COUNT(*) FROM gift g JOIN country k ON k.id = g.giver_country_id"
                + " WHERE"
                + public_
                + " GROUP BY k.code",
            "to",
            "SELECT LOWER(k.code), COUNT(*) FROM gift g"
                + " JOIN country k ON k.id = g.recipient_country_id WHERE"
                + public_
                + " GROUP BY k.code");
    int compared = 0;
    try (Connection db =
            DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
        Statement sql = db.createStatement()) {
      for (Map.Entry<String, String> query : queries.entrySet()) {
        try (ResultSet rows = sql.executeQuery(query.getValue())) {
          while (rows.next()) {
            String page = app.get("gifts?" + query.getKey() + "=" + rows.getString(1)).body();
            long expected = rows.getLong(2);
            String count = expected == 1 ? "1 gift<" : expected + " gifts<";
            assertTrue(
                page.contains(count),
                "/gifts?" + query.getKey() + "=" + rows.getString(1) + " shows " + count);
            compared++;
          }
        }
      }
    }
    assertTrue(compared >= 8, "categories and countries were compared: " + compared);
  }

  private static Map<String, String> environment(Database postgres, Path data) {
    return Map.of(
        "SUMMITRY_DATA_DIR",
        data.toString(),
        "SUMMITRY_DB_URL",
        postgres.url(),
        "SUMMITRY_DB_USER",
        postgres.user(),
        "SUMMITRY_DB_PASSWORD",
        postgres.password(),
        "SUMMITRY_ADMIN_USER",
        "admin",
        "SUMMITRY_PUBLISH_REQUIRES_SOURCE",
        "false",
        "SUMMITRY_ADMIN_PASSWORD",
        PASSWORD);
  }

  private static void awaitSearch(PayaraMicroProcess app, String query, String slug)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (app.get("search?q=" + query).body().contains(slug)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("search for " + query + " never listed " + slug + "\n" + app.tail());
  }

  private static void awaitGone(PayaraMicroProcess app, String query, String slug)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!app.get("search?q=" + query).body().contains(slug)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("search for " + query + " still lists the trashed " + slug);
  }

  private static void awaitCaughtUp(PayaraMicroProcess app) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (app.get("health/ready").body().contains("\"caughtUp\":\"true\"")) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the index never caught up: " + app.get("health/ready").body());
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
