package org.summitry.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.media.control.PhotoStore;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.TestDatabases.Database;
import org.summitry.testing.WebSession;
import org.summitry.testing.WebSession.FilePart;

/**
 * An administrator moves the archive to a new server with one file: instance A (the embedded H2
 * database, the demo content and a photo uploaded by hand) gives its archive as a download;
 * instance B (a fresh PostgreSQL database, no demo content) takes it through its restore form and
 * then shows the same summits, gifts and photo files, and finds a demo gift by search. A refuses
 * the same file, because it is not empty; curators may not use the page at all.
 */
class ArchiveRoundTripIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern ENTRY_LINK =
      Pattern.compile("href=\"/(summits|gifts)/([a-z0-9-]+)\"");
  private static final Pattern FILE = Pattern.compile("/files/([0-9a-f]{64})");

  private static Database postgres;
  private static PayaraMicroProcess a;
  private static PayaraMicroProcess b;

  @BeforeAll
  static void start() throws IOException {
    postgres = TestDatabases.postgres();
    Path dataA = Files.createDirectories(target("archive-a"));
    Path dataB = Files.createDirectories(target("archive-b"));
    a =
        PayaraMicroProcess.start(
            "archive-a",
            Map.of("SUMMITRY_DATA_DIR", dataA.toString(), "SUMMITRY_ADMIN_PASSWORD", PASSWORD),
            19110);
    b =
        PayaraMicroProcess.start(
            "archive-b",
            Map.of(
                "SUMMITRY_DATA_DIR", dataB.toString(),
                "SUMMITRY_ADMIN_PASSWORD", PASSWORD,
                "SUMMITRY_DEMO_ENABLED", "false",
                "SUMMITRY_DB_URL", postgres.url(),
                "SUMMITRY_DB_USER", postgres.user(),
                "SUMMITRY_DB_PASSWORD", postgres.password()),
            19111);
  }

  @AfterAll
  static void stop() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (postgres != null) {
      postgres.drop().run();
    }
  }

  @Test
  void theArchiveMovesToAnEmptyServerWithOneFile() throws Exception {
    WebSession adminA = signedIn(a, "admin");
    byte[] photo = jpeg();
    String photoSha = PhotoStore.sha256(photo);
    String summit = createSummit(adminA, "Archive move test summit");
    HttpResponse<String> uploaded =
        adminA.upload(
            summit,
            summit + "/photos",
            List.of(new FilePart("photos", "move.jpg", "image/jpeg", photo)),
            true);
    assertTrue(uploaded.body().contains("1 photo stored"), uploaded.body());

    assertTrue(
        adminA.get("admin").body().contains("href=\"/admin/archive\""),
        "the dashboard links to the page");
    String page = adminA.get("admin/archive").body();
    assertTrue(page.contains("Download the whole archive"), page);
    assertEquals(List.of(), HtmlChecker.errors(page), "the page is valid HTML");
    HttpResponse<byte[]> download = adminA.getBytes("admin/archive/download");
    assertEquals(200, download.statusCode());
    assertEquals("application/zip", download.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .matches("attachment; filename=\"summitry-\\d{4}-\\d{2}-\\d{2}\\.zip\""),
        download.headers().map().toString());
    byte[] archive = download.body();

    WebSession adminB = signedIn(b, "admin");
    assertFalse(adminB.get("admin/archive").body().contains("id=\"not-empty\""));
    assertTrue(b.get("summits/pyongyang-2024").statusCode() == 404, "B starts empty");
    HttpResponse<String> restored = restore(adminB, archive);
    assertEquals(200, restored.statusCode(), restored.body());
    assertTrue(restored.body().contains("The archive was restored"), restored.body());
    assertEquals(List.of(), HtmlChecker.errors(restored.body()), "the result is valid HTML");
    assertTrue(
        restored.body().contains("photo files.")
            && Pattern.compile("\\d+ entries, \\d+ revisions and 4 photo files")
                .matcher(restored.body())
                .find(),
        restored.body());

    for (String list : List.of("summits", "gifts")) {
      Set<String> onA = links(a.get(list).body());
      assertFalse(onA.isEmpty());
      assertEquals(onA, links(b.get(list).body()), list + " list the same entries");
    }
    String gift = "gifts/aurus-limousine-2024";
    String giftOnA = a.get(gift).body();
    String giftOnB = b.get(gift).body();
    assertTrue(giftOnB.contains("Vladimir Putin") && giftOnB.contains("Kim Jong Un"), giftOnB);
    assertTrue(
        giftOnB.contains(
            "According to <a class=\"claim-ref\" href=\"#source-1\">CBS News<sup>1</sup></a>"),
        "the claims of the demo gift come along: " + giftOnB);
    assertTrue(
        b.get("people/vladimir-putin").body().contains("https://www.wikidata.org/wiki/Q7747"),
        "Wikidata links come along");
    assertTrue(
        b.get("summits/putin-kim-summit-pyongyang-2024")
            .body()
            .contains("https://www.geonames.org/1871859"),
        "and a city's GeoNames place, a number column, from H2 into PostgreSQL");
    Matcher file = FILE.matcher(giftOnA);
    assertTrue(file.find(), "the demo gift shows a photo");
    assertTrue(giftOnB.contains(file.group()), "with the same file");
    assertArrayEquals(
        new WebSession(a).getBytes(file.group().substring(1)).body(),
        new WebSession(b).getBytes(file.group().substring(1)).body(),
        "the demo photo's file is served with the same bytes");
    HttpResponse<byte[]> ownPhoto = adminB.getBytes("admin/files/" + photoSha);
    assertEquals(200, ownPhoto.statusCode());
    assertArrayEquals(photo, ownPhoto.body(), "the uploaded photo came along byte for byte");
    assertTrue(
        adminB.get("admin/summits").body().contains("Archive move test summit"),
        "drafts came along");
    assertTrue(
        adminB.get("admin/audit").body().contains("Archive move test summit"),
        "and the history of changes");

    assertTrue(searchFinds(b, "Aurus", "aurus-limousine-2024"), "search finds a demo gift on B");

    HttpResponse<String> created =
        adminB.submit("admin/summits/new", "admin/summits/new", Map.of("title", "After the move"));
    assertEquals(303, created.statusCode(), "new entries get ids of their own: " + created.body());

    HttpResponse<String> refused = restore(adminA, archive);
    assertEquals(422, refused.statusCode());
    assertTrue(refused.body().contains("already holds entries"), refused.body());
    assertTrue(refused.body().contains("SUMMITRY_DEMO_ENABLED=false"), refused.body());
    assertTrue(refused.body().contains("class=\"error-summary\""), "in the page's design");
    assertEquals(List.of(), HtmlChecker.errors(refused.body()), "the refusal is valid HTML");
  }

  @Test
  void aDamagedFileIsRefusedWithItsReasonAndChangesNothing() {
    WebSession adminA = signedIn(a, "admin");
    HttpResponse<String> notZip =
        adminA.upload(
            "admin/archive",
            "admin/archive/restore",
            Map.of("confirm", "yes"),
            List.of(new FilePart("file", "gifts.csv", "text/csv", "title\nVase\n".getBytes())),
            true);
    assertEquals(422, notZip.statusCode());
    assertTrue(notZip.body().contains("not a ZIP archive"), notZip.body());
    HttpResponse<String> unconfirmed =
        adminA.upload(
            "admin/archive",
            "admin/archive/restore",
            Map.of(),
            List.of(new FilePart("file", "a.zip", "application/zip", new byte[] {1, 2, 3})),
            true);
    assertEquals(400, unconfirmed.statusCode());
    assertTrue(unconfirmed.body().contains("Confirm that this instance is empty"));
    HttpResponse<String> forged =
        adminA.upload(
            "admin/archive",
            "admin/archive/restore",
            Map.of("confirm", "yes"),
            List.of(new FilePart("file", "a.zip", "application/zip", new byte[] {1, 2, 3})),
            false);
    assertEquals(403, forged.statusCode(), "no CSRF token, no restore");
  }

  @Test
  void curatorsMayNeitherExportNorRestore() {
    WebSession adminA = signedIn(a, "admin");
    HttpResponse<String> created =
        adminA.submit(
            "admin/users/new",
            "admin/users",
            Map.of(
                "username", "kurt",
                "role", "curator",
                "password", "kurt's long password",
                "confirmation", "kurt's long password"));
    assertEquals(303, created.statusCode(), created.body());
    WebSession curator = new WebSession(a);
    assertEquals(303, curator.signIn("kurt", "kurt's long password").statusCode());
    assertEquals(403, curator.get("admin/archive").statusCode());
    assertEquals(403, curator.getBytes("admin/archive/download").statusCode());
    assertEquals(
        403,
        curator
            .upload(
                "admin",
                "admin/archive/restore",
                Map.of("confirm", "yes"),
                List.of(new FilePart("file", "a.zip", "application/zip", new byte[] {1})),
                true)
            .statusCode());
    assertFalse(curator.get("admin").body().contains("href=\"/admin/archive\""));
  }

  private static HttpResponse<String> restore(WebSession admin, byte[] archive) {
    return admin.upload(
        "admin/archive",
        "admin/archive/restore",
        Map.of("confirm", "yes"),
        List.of(new FilePart("file", "summitry.zip", "application/zip", archive)),
        true);
  }

  private static WebSession signedIn(PayaraMicroProcess app, String user) {
    WebSession session = new WebSession(app);
    assertEquals(303, session.signIn(user, PASSWORD).statusCode());
    return session;
  }

  private static String createSummit(WebSession admin, String title) {
    HttpResponse<String> created =
        admin.submit("admin/summits/new", "admin/summits/new", Map.of("title", title));
    assertEquals(303, created.statusCode(), created.body());
    return WebSession.editPath(created);
  }

  private static Set<String> links(String html) {
    Set<String> links = new TreeSet<>();
    Matcher link = ENTRY_LINK.matcher(html);
    while (link.find()) {
      links.add(link.group());
    }
    return links;
  }

  private static boolean searchFinds(PayaraMicroProcess app, String query, String slug)
      throws InterruptedException {
    for (int attempt = 0; attempt < 60; attempt++) {
      if (app.get("search?q=" + query).body().contains(slug)) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }

  /** A real JPEG of noise, so that no other photo has its digest. */
  private static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Random random = new Random();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0xffffff));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  private static Path target(String name) {
    return Path.of("target", name + "-" + UUID.randomUUID()).toAbsolutePath();
  }
}
