package org.summitry.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;
import org.summitry.testing.WebSession.FilePart;

/**
 * A curator drops a batch of agency photos, good and hostile, into a summit's gallery: the good
 * ones are stored with their captions and credits read from the files, each bad one is refused with
 * its name and reason, nothing else lands on disk, and a photo is published only with alt text.
 */
class PhotoUploadIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static PayaraMicroProcess app;
  private static WebSession admin;
  private static Path data;

  @BeforeAll
  static void start() throws IOException {
    data =
        Files.createDirectories(Path.of("target", "upload-" + UUID.randomUUID()).toAbsolutePath());
    app =
        PayaraMicroProcess.start(
            "upload",
            Map.of("SUMMITRY_DATA_DIR", data.toString(), "SUMMITRY_ADMIN_PASSWORD", PASSWORD));
    admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aMixedBatchStoresTheGoodFilesWithTheirMetadataAndRefusesEachBadOneByName()
      throws IOException {
    String summit = createSummit("Upload test summit");
    long filesBefore = photoFiles();
    byte[] kcna =
        MetadataSegments.jpegWith(
            MetadataSegments.Iim.utf8()
                .with(105, "Putin and Kim with a pair of Pungsan dogs")
                .with(
                    120,
                    "Russia's President Vladimir Putin and North Korean leader Kim Jong Un pet a pair of Pungsan dogs")
                .with(110, "KCNA via REUTERS")
                .with(80, "KCNA")
                .with(55, "20240619")
                .with(90, "Pyongyang")
                .segment());
    String longName = "a".repeat(296) + ".jpg";
    List<FilePart> batch =
        List.of(
            new FilePart("photos", "kcna.jpg", "image/jpeg", kcna),
            new FilePart(
                "photos",
                "../../etc/passwd.jpg",
                "image/jpeg",
                MetadataSegments.jpegWith(MetadataSegments.exif(6, null))),
            new FilePart(
                "photos",
                longName,
                "image/jpeg",
                MetadataSegments.jpegWith(MetadataSegments.exif(3, null))),
            new FilePart("photos", "huge.png", "image/png", pngClaiming(50_000, 50_000)),
            new FilePart(
                "photos",
                "bomb.png",
                "image/png",
                HostileFiles.png(
                    64, 48, HostileFiles.zTXt("Comment", HostileFiles.zlibZeros(300L << 20)))),
            new FilePart(
                "photos",
                "page.jpg",
                "image/jpeg",
                "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)),
            new FilePart(
                "photos",
                "shell.php.jpg",
                "image/jpeg",
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)),
            new FilePart(
                "photos",
                "drawing.svg",
                "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                    .getBytes(StandardCharsets.UTF_8)),
            new FilePart("photos", "empty.jpg", "image/jpeg", new byte[0]),
            new FilePart(
                "photos", "truncated.jpg", "image/jpeg", java.util.Arrays.copyOf(kcna, 30)));
    HttpResponse<String> result = admin.upload(summit, summit + "/photos", batch, true);
    assertEquals(200, result.statusCode(), result.body());
    String page = result.body();
    assertTrue(page.contains("3 photos stored; 7 refused."), page);
    assertTrue(
        page.contains("<strong>passwd.jpg</strong>"), "the name is shown without its folders");
    assertTrue(
        page.contains("a".repeat(100)) && page.contains("…"),
        "a 300-character name is shortened for display");
    assertRefused(page, "huge.png", "megapixels");
    assertRefused(page, "bomb.png", "metadata is too large");
    assertRefused(page, "page.jpg", "Only JPEG, PNG, WebP, GIF and TIFF");
    assertRefused(page, "shell.php.jpg", "Only JPEG, PNG, WebP, GIF and TIFF");
    assertRefused(page, "drawing.svg", "Only JPEG, PNG, WebP, GIF and TIFF");
    assertRefused(page, "empty.jpg", "The file is empty.");
    assertRefused(page, "truncated.jpg", "damaged");
    assertEquals(filesBefore + 3, photoFiles(), "exactly the stored photos are on disk");
    assertEquals(0, staged(), "no temporary file is left behind");
    String metrics = app.get("metrics").body();
    assertEquals(
        3, uploads(metrics, "stored") + uploads(metrics, "existing"), "/metrics counts uploads");
    assertEquals(7, uploads(metrics, "refused"), "/metrics counts refusals");

    Matcher review =
        Pattern.compile(
                "<strong>kcna\\.jpg</strong>:.*?href=\"[^\"]*/admin/photos/(\\d+)\"",
                Pattern.DOTALL)
            .matcher(page);
    assertTrue(review.find(), "a link to review the stored photo");
    String photo = "admin/photos/" + review.group(1);
    String form = admin.get(photo).body();
    assertTrue(
        form.contains("KCNA via REUTERS"),
        () -> "credit prefilled from IPTC: " + form.substring(form.indexOf("<main")));
    assertTrue(form.contains("Putin and Kim with a pair of Pungsan dogs"), "headline prefilled");
    assertTrue(
        form.contains("value=\"2024-06-19\""),
        () ->
            "date prefilled: "
                + form.substring(
                    form.indexOf("field-taken") - 200, form.indexOf("field-taken") + 300));

    Matcher turned =
        Pattern.compile(
                "<strong>passwd\\.jpg</strong>:.*?href=\"[^\"]*/admin/photos/(\\d+)\"",
                Pattern.DOTALL)
            .matcher(page);
    assertTrue(turned.find());
    assertTrue(
        admin.get("admin/photos/" + turned.group(1)).body().contains("24 × 32 pixels"),
        "a 32 × 24 file marked Exif orientation 6 is recorded upright, 24 × 32");

    HttpResponse<String> again =
        admin.upload(
            summit,
            summit + "/photos",
            List.of(new FilePart("photos", "kcna-again.jpg", "image/jpeg", kcna)),
            true);
    assertTrue(
        again.body().contains("Already in the archive"), "the same file is recognised, not copied");
    assertEquals(filesBefore + 3, photoFiles());

    String sha256 = find(form, "/admin/files/([0-9a-f]{64})/w");
    assertDraftFileServedOnlyInPrivate(sha256);

    HttpResponse<String> noAlt = admin.submit(photo, photo + "/publish", Map.of());
    assertTrue(
        noAlt.body().contains("Write the alt text before publishing"),
        "alt text is required to publish");
    assertEquals(404, app.get("photos/" + review.group(1)).statusCode(), "still a draft");
    String version = find(form, "name=\"version\" value=\"(\\d+)\"");
    HttpResponse<String> saved =
        admin.submit(
            photo,
            photo,
            Map.of(
                "altText",
                "Two leaders petting two white dogs in a garden",
                "creditLine",
                "KCNA via REUTERS",
                "source",
                find(form, "name=\"source\" id=\"source-(\\d+)\""),
                "version",
                version));
    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals(303, admin.submit(photo, photo + "/publish", Map.of()).statusCode());
    String publicPhoto = app.get("photos/" + review.group(1)).body();
    assertTrue(
        publicPhoto.contains("KCNA via REUTERS")
            && publicPhoto.contains("Two leaders petting two white dogs"));
    assertPublishedFileServedToAll(sha256);
  }

  /** A draft's files: not at the public addresses; in the back office, never to shared caches. */
  private static void assertDraftFileServedOnlyInPrivate(String sha256) {
    assertEquals(404, app.get("files/" + sha256).statusCode(), "a draft's original is not public");
    assertEquals(404, app.get("files/" + sha256 + "/w400").statusCode(), "nor its derivatives");
    for (String path : List.of("admin/files/" + sha256, "admin/files/" + sha256 + "/w400")) {
      HttpResponse<String> file = admin.get(path);
      assertEquals(200, file.statusCode(), path);
      String cache = header(file, "Cache-Control");
      assertTrue(cache.contains("private") && !cache.contains("public"), path + ": " + cache);
      assertEquals("nosniff", header(file, "X-Content-Type-Options"), path);
    }
  }

  /** A published photo's files: public, immutable, a picture type that is not sniffed. */
  private static void assertPublishedFileServedToAll(String sha256) {
    for (String path : List.of("files/" + sha256, "files/" + sha256 + "/w400")) {
      HttpResponse<String> file = app.get(path);
      assertEquals(200, file.statusCode(), path);
      String cache = header(file, "Cache-Control");
      assertTrue(
          cache.contains("public") && cache.contains("immutable") && !cache.contains("private"),
          path + ": " + cache);
      assertEquals("image/jpeg", header(file, "Content-Type"), path);
      assertEquals("nosniff", header(file, "X-Content-Type-Options"), path);
    }
    assertEquals(404, app.get("files/" + sha256 + "/w7").statusCode(), "no such size");
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  @Test
  void imageRegionsInTheFileTagTheArchivesPersonsAndSuggestTheOtherNames() throws IOException {
    String summit = createSummit("Tagged upload summit");
    String region =
        "<rdf:li rdf:parseType=\"Resource\"><Iptc4xmpExt:RegionBoundary rdf:parseType=\"Resource\">"
            + "<Iptc4xmpExt:rbShape>rectangle</Iptc4xmpExt:rbShape>"
            + "<Iptc4xmpExt:rbUnit>%s</Iptc4xmpExt:rbUnit><Iptc4xmpExt:rbX>%s</Iptc4xmpExt:rbX>"
            + "<Iptc4xmpExt:rbY>%s</Iptc4xmpExt:rbY><Iptc4xmpExt:rbW>%s</Iptc4xmpExt:rbW>"
            + "<Iptc4xmpExt:rbH>%s</Iptc4xmpExt:rbH></Iptc4xmpExt:RegionBoundary>"
            + "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag>"
            + "</Iptc4xmpExt:PersonInImage></rdf:li>";
    byte[] tagged =
        MetadataSegments.jpegWith(
            MetadataSegments.xmp(
                MetadataSegments.simple("photoshop:Headline", "Tagged in the file"),
                "<Iptc4xmpExt:ImageRegion><rdf:Bag>"
                    + String.format(region, "relative", "0.25", "0.5", "0.5", "0.5", "Kim Jong-un")
                    + String.format(region, "pixel", "2", "2", "6", "10", "Sergei Shoigu")
                    + "</rdf:Bag></Iptc4xmpExt:ImageRegion>"));

    HttpResponse<String> result =
        admin.upload(
            summit,
            summit + "/photos",
            List.of(new FilePart("photos", "tagged.jpg", "image/jpeg", tagged)),
            true);

    assertEquals(200, result.statusCode(), result.body());
    Matcher review = Pattern.compile("href=\"[^\"]*/admin/photos/(\\d+)\"").matcher(result.body());
    assertTrue(review.find(), "a link to review the stored photo");
    String form = admin.get("admin/photos/" + review.group(1)).body();
    assertTrue(
        form.contains(">Kim Jong Un</a></td>") && form.contains("8, 12, 16 × 12"),
        () -> "Kim tagged from the 32 × 24 file's relative region: " + form);
    assertTrue(form.contains("<strong>Sergei Shoigu</strong>"), "an unknown name is suggested");
    assertTrue(form.contains("?x=2&amp;y=2&amp;w=6&amp;h=10#regions"), "with its rectangle");
  }

  @Test
  void anUploadWithoutTheFormsTokenIsRefusedAndStoresNothing() throws IOException {
    String summit = createSummit("Forged upload summit");
    long before = photoFiles();
    HttpResponse<String> forged =
        admin.upload(
            summit,
            summit + "/photos",
            List.of(
                new FilePart(
                    "photos",
                    "x.jpg",
                    "image/jpeg",
                    MetadataSegments.jpegWith(MetadataSegments.exif(8, null)))),
            false);
    assertEquals(403, forged.statusCode());
    assertEquals(before, photoFiles());
  }

  /** {@code summitry_photo_uploads_total} with this outcome in the Prometheus text, or 0. */
  private static long uploads(String metrics, String outcome) {
    Matcher value =
        Pattern.compile(
                "(?m)^summitry_photo_uploads_total\\{[^}]*outcome=\""
                    + outcome
                    + "\"[^}]*} ([0-9.E]+)$")
            .matcher(metrics);
    return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
  }

  private static void assertRefused(String page, String file, String reason) {
    Matcher row =
        Pattern.compile("<strong>" + Pattern.quote(file) + "</strong>:(.*?)</li>", Pattern.DOTALL)
            .matcher(page);
    assertTrue(row.find(), "the result names " + file);
    assertTrue(
        row.group(1).contains(reason), file + " refused with “" + reason + "”: " + row.group(1));
  }

  private static String createSummit(String title) {
    HttpResponse<String> created =
        admin.submit("admin/summits/new", "admin/summits/new", Map.of("title", title));
    assertEquals(303, created.statusCode(), created.body());
    return WebSession.editPath(created);
  }

  private static long photoFiles() throws IOException {
    Path photos = data.resolve("photos");
    try (Stream<Path> files = Files.walk(photos)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getParent().getFileName().toString().equals("tmp"))
          .count();
    }
  }

  private static long staged() throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("photos").resolve("tmp"))) {
      return files.count();
    }
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex);
    return m.group(1);
  }

  /** A PNG of a few bytes whose header claims the given size. */
  private static byte[] pngClaiming(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteBuffer ihdr =
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
