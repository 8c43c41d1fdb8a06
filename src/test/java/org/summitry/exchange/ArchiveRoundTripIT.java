package org.summitry.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.summitry.exchange.control.JsonText;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
  @Order(2)
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
    HttpResponse<String> accepted = restore(adminB, archive);
    assertEquals(303, accepted.statusCode(), "the upload is stored, the restore goes on");
    assertTrue(
        accepted.headers().firstValue("Location").orElse("").endsWith("/admin/archive/restore"),
        accepted.headers().map().toString());
    HttpResponse<String> restored = finished(adminB);
    assertTrue(restored.body().contains("The archive was restored"), restored.body());
    assertFalse(restored.body().contains("http-equiv=\"refresh\""), "it stops refreshing");
    assertTrue(
        adminB.get("admin/archive/restore/progress").body().contains("\"finished\":true"),
        "the script's answer says so too");
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
            "According to <a class=\"claim-ref\" href=\"#source-1\"><span>CBS"
                + " News</span><sup>1</sup></a>"),
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
  @Order(1)
  void aRestoreShowsItsProgressThenWhyItRestoredNothing() throws Exception {
    WebSession adminA = signedIn(a, "admin");
    byte[] damaged = damagedArchive(adminA.getBytes("admin/archive/download").body());
    WebSession adminB = signedIn(b, "admin");
    assertEquals(
        303,
        adminB.get("admin/archive/restore").statusCode(),
        "no restore yet: the archive's page");
    HttpResponse<String> accepted = restore(adminB, damaged);
    assertEquals(303, accepted.statusCode(), accepted.body());
    HttpResponse<String> page = adminB.get("admin/archive/restore");
    assertEquals(200, page.statusCode());
    assertEquals(List.of(), HtmlChecker.errors(page.body()), "the progress page is valid HTML");
    if (!page.body().contains("The archive was not restored")) {
      assertTrue(page.body().contains("<progress id=\"restore-progress\""), page.body());
      assertTrue(
          page.body().contains("http-equiv=\"refresh\""), "it refreshes itself without script");
      assertTrue(
          page.body().contains("data-progress-url=\"/admin/archive/restore/progress\""),
          "and the script follows its progress");
      String progress = adminB.get("admin/archive/restore/progress").body();
      assertTrue(progress.contains("\"words\":"), progress);
    }
    HttpResponse<String> refused = finished(adminB);
    assertTrue(refused.body().contains("The archive was not restored"), refused.body());
    assertTrue(refused.body().contains("is damaged"), refused.body());
    assertTrue(refused.body().contains("Nothing was changed"), refused.body());
    assertEquals(List.of(), HtmlChecker.errors(refused.body()), "the refusal is valid HTML");
    assertFalse(
        adminB.get("admin/archive").body().contains("id=\"not-empty\""), "B is as empty as before");
    assertEquals(404, b.get("summits/putin-kim-summit-pyongyang-2024").statusCode());
  }

  /** The progress page of B's latest restore, once it has finished. */
  private static HttpResponse<String> finished(WebSession admin) throws InterruptedException {
    for (int attempt = 0; attempt < 240; attempt++) {
      HttpResponse<String> page = admin.get("admin/archive/restore");
      assertEquals(200, page.statusCode(), page.body());
      if (!page.body().contains("id=\"restore-progress\"")
          || page.body().contains("id=\"restored\"")
          || page.body().contains("id=\"error-summary\"")) {
        return page;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the restore did not finish in two minutes");
  }

  /**
   * The archive with its last journal row's line changed, and its manifest's checksum with it, so
   * that the file passes the quick checks and every check of its members, and only the database
   * step finds the damage: a row that is not JSON.
   */
  @SuppressWarnings("unchecked")
  private static byte[] damagedArchive(byte[] archive) throws IOException {
    Map<String, byte[]> members = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        members.put(entry.getName(), in.readAllBytes());
      }
    }
    String journal = "history/journal.jsonl";
    assertTrue(members.containsKey(journal), members.keySet().toString());
    String text = new String(members.get(journal), StandardCharsets.UTF_8);
    int last = text.lastIndexOf('\n', text.length() - 2);
    byte[] changed = (text.substring(0, last + 1) + "{not json\n").getBytes(StandardCharsets.UTF_8);
    Map<String, Object> manifest =
        (Map<String, Object>)
            JsonText.parse(new String(members.get("manifest.json"), StandardCharsets.UTF_8));
    Map<String, Object> about =
        ((Map<String, Map<String, Object>>) manifest.get("members")).get(journal);
    about.put("sha256", sha256Hex(changed));
    about.put("size", (long) changed.length);
    members.put(journal, changed);
    members.put("manifest.json", JsonText.write(manifest).getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        out.putNextEntry(new ZipEntry(member.getKey()));
        out.write(member.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
