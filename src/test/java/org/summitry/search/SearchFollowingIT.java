package org.summitry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

        WebSession admin = new WebSession(first);
        assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
        HttpResponse<String> created =
            admin.submit(
                "admin/summits/new",
                "admin/summits/new",
                Map.of("title", "Zanzibar accord summit", "summary", "Talks on the quay."));
        assertEquals(303, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String edit = location.substring(location.indexOf("admin/"), location.indexOf('?'));

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

  private static Map<String, String> environment(Database postgres, Path data) {
    return Map.of(
        "SUMMITRY_DATA_DIR", data.toString(),
        "SUMMITRY_DB_URL", postgres.url(),
        "SUMMITRY_DB_USER", postgres.user(),
        "SUMMITRY_DB_PASSWORD", postgres.password(),
        "SUMMITRY_ADMIN_USER", "admin",
        "SUMMITRY_ADMIN_PASSWORD", PASSWORD);
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
