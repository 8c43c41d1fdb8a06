package org.summitry.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;
import org.summitry.testing.WebSession;
import org.summitry.testing.WebSession.FilePart;

/**
 * Two instances behind an imagined load balancer: one PostgreSQL, one photo folder, a search index
 * each, and web sessions shared through Payara Micro's clustering with a TCP member list (no
 * multicast). A curator signed in on the first goes on working on the second when the first dies,
 * and what one instance changes the other shows, in its pages and its search, within seconds.
 */
class SeveralInstancesIT {

  private static final String PASSWORD = "several-instances-password";

  @Test
  void aCuratorKeepsWorkingWhenTheirInstanceGoesAwayAndBothInstancesShowTheSameArchive()
      throws Exception {
    Database postgres = TestDatabases.postgres();
    Path root =
        Files.createDirectories(Path.of("target", "several-" + UUID.randomUUID())).toAbsolutePath();
    Path shared = Files.createDirectories(root.resolve("data"));
    int httpA = freePort(18700);
    int httpB = freePort(httpA + 1);
    int gridA = freePort(18750);
    int gridB = freePort(gridA + 1);
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    String cluster = "summitry-it-" + UUID.randomUUID().toString().substring(0, 8);
    PayaraMicroProcess first =
        PayaraMicroProcess.start(
            "first",
            environment(postgres, shared, root.resolve("index-a")),
            httpA,
            clusterArguments(cluster, members, gridA));
    try (PayaraMicroProcess second =
        PayaraMicroProcess.start(
            "second",
            environment(postgres, shared, root.resolve("index-b")),
            httpB,
            clusterArguments(cluster, members, gridB))) {
      awaitLog(
          first,
          log -> log.contains("Data Grid Instance Added"),
          "the second instance joins the first's cluster");

      WebSession curator = new WebSession(first);
      assertEquals(303, curator.signIn("admin", PASSWORD).statusCode());
      String summit = createSummit(curator, Map.of("title", "Hammerfest fisheries summit"));
      assertEquals(303, curator.submit(summit, summit + "/publish", Map.of()).statusCode());
      long published = System.nanoTime();
      await(second, "summits/hammerfest-fisheries-summit", page -> page.statusCode() == 200);
      await(
          second,
          "search?q=Hammerfest",
          page -> page.body().contains("hammerfest-fisheries-summit"));
      Duration took = Duration.ofNanos(System.nanoTime() - published);
      assertTrue(took.toSeconds() < 10, "the other instance followed within seconds: " + took);

      byte[] photo = png();
      HttpResponse<String> uploaded =
          curator.upload(
              summit,
              summit + "/photos",
              List.of(new FilePart("photos", "harbour.png", "image/png", photo)),
              true);
      assertTrue(uploaded.body().contains("1 photo stored"), uploaded.body());
      String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));

      // A load balancer without stickiness: the form comes from one instance, the save goes to the
      // other, and the curator's next page comes from the first again.
      WebSession roundRobin = curator.at(second);
      assertEquals(200, roundRobin.get("admin").statusCode(), "the session is known to both");
      Map<String, String> edit = new LinkedHashMap<>(curator.csrfField("admin/summits/new"));
      edit.put("title", "Honningsvag harbour talks");
      HttpResponse<String> drafted = roundRobin.postRaw("admin/summits/new", edit);
      assertEquals(303, drafted.statusCode(), "a form from the first saved through the second");
      String draft = path(drafted);
      HttpResponse<String> draftPage = curator.get(draft);
      assertEquals(200, draftPage.statusCode());
      assertTrue(
          draftPage.body().contains("Honningsvag harbour talks"),
          "the first instance shows the draft the second saved");

      Map<String, String> form = new LinkedHashMap<>(curator.csrfField("admin/summits/new"));
      first.kill();

      WebSession failedOver = curator.at(second);
      HttpResponse<String> dashboard = failedOver.get("admin");
      assertEquals(200, dashboard.statusCode(), "still signed in: " + dashboard.headers());
      form.put("title", "Vardo follow-up summit");
      HttpResponse<String> created = failedOver.postRaw("admin/summits/new", form);
      assertEquals(
          303, created.statusCode(), "a form from the first instance is accepted by the second");
      String followUp = path(created);
      assertEquals(303, failedOver.submit(followUp, followUp + "/publish", Map.of()).statusCode());
      await(second, "summits/vardo-follow-up-summit", page -> page.statusCode() == 200);
      await(second, "search?q=Vardo", page -> page.body().contains("vardo-follow-up-summit"));

      assertEquals(
          200,
          failedOver.get("admin/files/" + sha256).statusCode(),
          "the photo stored through the first instance is served by the second");
      assertEquals(200, failedOver.get("admin/files/" + sha256 + "/w400").statusCode());
      Path photos = shared.resolve("photos");
      assertArrayEquals(
          photo,
          Files.readAllBytes(photos.resolve(sha256.substring(0, 2)).resolve(sha256)),
          "one folder holds the photo files of both instances");
      assertTrue(
          Files.isRegularFile(
              photos
                  .resolve("derivatives")
                  .resolve(sha256.substring(0, 2))
                  .resolve(sha256)
                  .resolve("w400.jpg")),
          "the derivative the second instance made is in the same folder");
    } finally {
      first.close();
      postgres.drop().run();
      delete(root);
    }
  }

  private static List<String> clusterArguments(String cluster, String members, int gridPort) {
    return List.of(
        "--clustername",
        cluster,
        "--clustermode",
        "tcpip:" + members,
        "--startport",
        Integer.toString(gridPort),
        "--interfaces",
        "127.0.0.1",
        // Both instances have one address here; by default Payara keeps no backup of the sessions
        // on a member of the same address, as if it were the same machine.
        "--nohostaware");
  }

  private static Map<String, String> environment(Database postgres, Path data, Path index) {
    return Map.of(
        "SUMMITRY_DATA_DIR",
        data.toString(),
        "SUMMITRY_INDEX_DIR",
        index.toString(),
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

  private static String createSummit(WebSession curator, Map<String, String> fields) {
    HttpResponse<String> created = curator.submit("admin/summits/new", "admin/summits/new", fields);
    assertEquals(303, created.statusCode(), created.body());
    return path(created);
  }

  /** The edit page a creation redirects to, without its query. */
  private static String path(HttpResponse<String> created) {
    return WebSession.editPath(created);
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 640; x++) {
      for (int y = 0; y < 480; y++) {
        image.setRGB(x, y, (x * 7) << 16 | (y * 3) << 8 | (x ^ y));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static void await(
      PayaraMicroProcess app, String path, Predicate<HttpResponse<String>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = app.get(path);
      if (condition.test(last)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("/" + path + " never showed the change: " + last.statusCode());
  }

  private static void awaitLog(PayaraMicroProcess app, Predicate<String> condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.test(app.log())) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(what + " did not happen:\n" + app.tail());
  }

  /** The first port from {@code from} on that nothing listens on (tests here keep to 18700+). */
  private static int freePort(int from) throws IOException {
    for (int port = from; port < from + 50; port++) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
        return port;
      } catch (IOException taken) {
        // try the next one
      }
    }
    throw new IOException("no free port from " + from);
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
