package org.summitry.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.summitry.imports.boundary.Imports;
import org.summitry.imports.control.Presets;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.TestDatabases;
import org.summitry.testing.WebSession;
import org.summitry.testing.WebSession.FilePart;

/**
 * A curator imports two real public registers through the back office: the U.S. Federal Register's
 * 4,580 gifts from foreign governments (published, in under a minute, each person and country once,
 * then browsable and searchable like any gift) and a UK ministers' register with malformed rows
 * (each reported by row, nothing of them imported), and an extract of the register as compiled by
 * agency, with its NA countries, NA dates beside years, honorifics, offices and roles in names.
 * Contributors may not import.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CsvImportIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern IMPORT = Pattern.compile("/admin/imports/(\\d+)/mapping");

  private static PayaraMicroProcess app;
  private static WebSession curator;
  private static WebSession contributor;
  private static long extractImport;

  private static TestDatabases.Database database;

  /**
   * On H2 by default; with {@code SUMMITRY_IMPORT_DB=postgres} on a fresh schema of the PostgreSQL
   * that {@code SUMMITRY_TEST_DB_URL} names, where the import's speed is measured.
   */
  @BeforeAll
  static void start() throws IOException {
    Path data =
        Files.createDirectories(Path.of("target", "import-" + UUID.randomUUID()).toAbsolutePath());
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SUMMITRY_DATA_DIR", data.toString());
    environment.put("SUMMITRY_ADMIN_PASSWORD", PASSWORD);
    if ("postgres".equalsIgnoreCase(System.getenv("SUMMITRY_IMPORT_DB"))) {
      database = TestDatabases.postgres();
      environment.put("SUMMITRY_DB_URL", database.url());
      environment.put("SUMMITRY_DB_USER", database.user());
      environment.put("SUMMITRY_DB_PASSWORD", database.password());
    }
    app =
        PayaraMicroProcess.start(
            "csv-import", environment, Integer.getInteger("summitry.it.port", 18641));
    WebSession admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
    for (String[] user : new String[][] {{"carla", "curator"}, {"conrad", "contributor"}}) {
      HttpResponse<String> created =
          admin.submit(
              "admin/users/new",
              "admin/users",
              Map.of(
                  "username",
                  user[0],
                  "role",
                  user[1],
                  "password",
                  PASSWORD,
                  "confirmation",
                  PASSWORD));
      assertEquals(303, created.statusCode(), created.body());
    }
    curator = new WebSession(app);
    assertEquals(303, curator.signIn("carla", PASSWORD).statusCode());
    contributor = new WebSession(app);
    assertEquals(303, contributor.signIn("conrad", PASSWORD).statusCode());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.drop().run();
    }
  }

  @Test
  @Order(1)
  void contributorsMayNotImport() {
    assertEquals(403, contributor.get("admin/imports").statusCode());
    HttpResponse<String> upload =
        contributor.upload(
            "admin",
            "admin/imports/upload",
            List.of(new FilePart("file", "a.csv", "text/csv", "a,b\n1,2\n".getBytes())),
            true);
    assertEquals(403, upload.statusCode());
    assertFalse(
        contributor.get("admin").body().contains("/admin/imports"), "no Imports link for them");
  }

  @Test
  @Order(2)
  void theWholeUsRegisterImportsInUnderAMinuteAndIsBrowsableAndSearchable() throws Exception {
    byte[] register = Files.readAllBytes(Path.of("..", "shared", "data", "us-foreign-gifts.csv"));
    long id = upload("us-foreign-gifts.csv", register);
    String mapping = curator.get("admin/imports/" + id + "/mapping").body();
    assertTrue(mapping.contains(Presets.US_FOREIGN_GIFTS.name()), "the register is recognised");

    String check = curator.get("admin/imports/" + id + "/check").body();
    assertTrue(check.contains("4,580 of 4,580 rows can be imported."), check);
    assertTrue(check.contains("No row has errors."));
    assertTrue(check.contains("Bavaria"), "a region is shown as not recognised, not guessed");

    Instant started = Instant.now();
    HttpResponse<String> start =
        curator.submit(
            "admin/imports/" + id + "/check",
            "admin/imports/" + id + "/start",
            Map.of("mode", "published"));
    assertEquals(303, start.statusCode(), start.body());
    String running = curator.get("admin/imports/" + id).body();
    String done = awaitFinished(id, Duration.ofMinutes(3));
    Duration wall = Duration.between(started, Instant.now());
    assertTrue(
        running.contains("http-equiv=\"refresh\"") || running.contains("Finished"),
        "the page refreshes itself while the import runs");
    assertFalse(done.contains("http-equiv=\"refresh\""), "and stops refreshing when it is done");
    assertTrue(done.contains("4,580 of 4,580 rows done"), done);
    assertTrue(done.contains("Created: 4,580 gifts"), done);
    assertTrue(done.contains("0 rows skipped"), done);
    Matcher time =
        Pattern.compile("Time spent importing: ([0-9.]+) s \\(([0-9.]+) s of processor time\\)")
            .matcher(done);
    assertTrue(time.find(), done);
    double seconds = Double.parseDouble(time.group(1));
    double processor = Double.parseDouble(time.group(2));
    System.out.printf(
        (database == null ? "H2: " : "PostgreSQL: ")
            + "Imported 4,580 U.S. gifts in %.1f s (import task; %.1f s of processor time), %.1f s from"
            + " start to finished page, load average %.1f%n",
        seconds,
        processor,
        wall.toMillis() / 1000.0,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    // The elapsed time depends on what else shares the two cores; the processor time the import
    // needs does not. Both are printed; the budget of a minute is held to the latter, and to the
    // former where the machine is not shared (SUMMITRY_IMPORT_WALL_CLOCK=true).
    assertTrue(processor < 60, "the import needed " + processor + " s of processor time");
    if (Boolean.parseBoolean(System.getenv("SUMMITRY_IMPORT_WALL_CLOCK"))) {
      assertTrue(seconds < 60, "import took " + seconds + " s");
    }

    assertEquals(1, count("admin/people?q=Joe+Biden"), "one Biden, however many gifts:");
    assertEquals(
        0,
        count("admin/people?q=Joseph+R.+Biden"),
        "the register's \"Joseph R. Biden\" is the demo's Joe Biden, found by his alias");
    assertEquals(1, count("admin/people?q=Irfaan+Ali"));
    assertEquals(
        2, count("admin/countries?q=korea"), "North and South Korea, each once: " + countries());
    assertEquals(1, count("admin/countries?q=Egypt"), "Egypt under four spellings is one country");

    String slug = "painting-titled-at-parika-stelling-guyana";
    HttpResponse<String> gift = app.get("gifts/" + slug);
    assertEquals(200, gift.statusCode());
    assertTrue(gift.body().contains("Mohamed Irfaan Ali"), "the giver is linked");
    assertTrue(gift.body().contains("Transferred to NARA"), "the disposition is the whereabouts");
    String claims = app.get("api/v1/gifts/" + slug).body();
    for (String fact : List.of("giver", "recipient", "date", "whereabouts")) {
      assertTrue(
          claims.contains("\"fact\":\"" + fact + "\""),
          "the register is the source of the row's " + fact + ": " + claims);
    }
    assertTrue(
        gift.body().contains("According to <a class=\"claim-ref\" href=\"#source-1\">"),
        "and the page says so beside each fact");
    assertTrue(app.get("gifts?from=GY").body().contains("At Parika Stelling"), "browsable");
    java.util.regex.Matcher rows =
        java.util.regex.Pattern.compile(
                "(?m)^summitry_import_rows_total\\{[^}]*outcome=\"committed\"[^}]*} ([0-9.E]+)$")
            .matcher(app.get("metrics?scope=application").body());
    assertTrue(rows.find(), "the import's rows are counted in the metrics");
    assertEquals(4580, (long) Double.parseDouble(rows.group(1)));
    awaitSearch("Parika", slug, Duration.ofSeconds(90));
  }

  @Test
  @Order(3)
  void aUkRegisterWithMalformedRowsImportsTheGoodRowsAndReportsEachBadOne() throws Exception {
    String file =
        "\uFEFFMinister;Date;Gift;Given or received;Who gift was given to or received from;Value (£);Outcome\r\n"
            + "Rt Hon Jane Doe MP;02/03/2023;\"Book of poems,\r\nsigned\";Received;His Excellency Mohamed Irfaan Ali;£1.234,50;Held by Department\r\n"
            + "Rt Hon Jane Doe MP;March 2023;Silver whisky tumbler;Given;H.E. Mohamed Irfaan Ali;Above limit;\r\n"
            + "Rt Hon Jane Doe MP;31/02/2023;Vase;Received;Someone Halfimported;100;Held by Department\r\n"
            + "Rt Hon Jane Doe MP;01/04/2023;Too few fields\r\n"
            + "Rt Hon Jane Doe MP;unknown;Tea;Perhaps;Someone Halfimported;100;Held by Department\r\n";
    long id = upload("ministers-gifts.csv", file.getBytes(StandardCharsets.UTF_8));

    Map<String, String> form =
        new LinkedHashMap<>(Imports.formValues(Presets.UK_MINISTERS_GIFTS.mapping()));
    form.put("dayFirst", "true");
    form.put("saveAs", "Cabinet Office register");
    HttpResponse<String> saved =
        curator.submit(
            "admin/imports/" + id + "/mapping", "admin/imports/" + id + "/mapping", form);
    assertEquals(303, saved.statusCode(), saved.body());
    String check = curator.get("admin/imports/" + id + "/check").body();
    assertTrue(check.contains("2 of 5 rows can be imported."), check);
    assertTrue(check.contains("3 rows cannot be imported:"), check);
    assertTrue(check.contains("Row 4</strong>"), "31 February is reported on its row");
    assertTrue(check.contains("Row 5</strong>"), "the short row");
    assertTrue(check.contains("Row 6</strong>"), "neither given nor received");
    assertTrue(
        curator.get("admin/imports/" + id + "/mapping").body().contains("Cabinet Office register"),
        "the mapping is saved as a preset");

    curator.submit(
        "admin/imports/" + id + "/check",
        "admin/imports/" + id + "/start",
        Map.of("mode", "draft"));
    String done = awaitFinished(id, Duration.ofMinutes(1));
    assertTrue(
        done.contains("Created: 2 gifts, 1 people, 0 countries, 1 sources. 3 rows skipped."), done);
    assertTrue(done.contains("Row 4:") && done.contains("Row 5:") && done.contains("Row 6:"), done);
    assertEquals(0, count("admin/people?q=Halfimported"), "a refused row leaves nobody behind");
    assertEquals(1, count("admin/people?q=Irfaan+Ali"), "honorifics do not make a new person");
    assertEquals(1, count("admin/people?q=Jane+Doe"));
    assertEquals(1, count("admin/countries?q=United+Kingdom"));
    assertEquals(404, app.get("gifts/silver-whisky-tumbler").statusCode(), "drafts stay hidden");
    assertTrue(curator.get("admin/gifts?q=whisky").body().contains("Silver whisky tumbler"));
  }

  @Test
  @Order(4)
  void aRegisterWithNaAndRolesIsReadAsACuratorWouldAndTheDryRunShowsHow() throws Exception {
    byte[] extract;
    try (var in = CsvImportIT.class.getResourceAsStream("us-gifts-extract.csv")) {
      extract = in.readAllBytes();
    }
    long id = upload("us-gifts-by-agency.csv", extract);
    extractImport = id;
    HttpResponse<String> wrongPreset =
        curator.submit(
            "admin/imports/" + id + "/mapping",
            "admin/imports/" + id + "/mapping",
            Map.of("preset", Presets.UK_MINISTERS_GIFTS.name(), "apply", "1"));
    assertEquals(200, wrongPreset.statusCode());
    assertTrue(
        wrongPreset.body().contains("reads none of this file’s columns"), wrongPreset.body());
    String mapping = curator.get("admin/imports/" + id + "/mapping").body();
    assertTrue(mapping.contains(Presets.US_AGENCY_GIFTS.name()), "recognised by its columns");
    assertTrue(mapping.contains("<code>NA</code>"), "sample values of each column");

    String check = curator.get("admin/imports/" + id + "/check").body();
    assertTrue(check.contains("8 of 9 rows can be imported."), check);
    String countries = section(check, "values-giverCountry");
    assertTrue(
        countries.matches("(?s).*<code>NA</code>\\s*</td>\\s*<td>3</td>\\s*<td>missing.*"),
        countries);
    assertFalse(section(check, "matched-countries").contains("Namibia"), "NA is not Namibia");
    assertFalse(section(check, "new-countries").contains("Namibia"));
    assertTrue(
        section(check, "values-date").contains("missing; read from the column “year_received”"));
    assertTrue(section(check, "values-recipientName").contains("a role, not a person"));

    HttpResponse<String> report = curator.get("admin/imports/" + id + "/report.csv");
    assertEquals(200, report.statusCode());
    assertTrue(
        report.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        report.headers().toString());
    assertTrue(report.body().contains("warning,4,\"“President” names a role"), report.body());
    assertTrue(report.body().contains("new person,,Petru Lucinschi"), report.body());
    assertTrue(report.body().contains("error,10,"), "the row with nothing but NA");

    int soomros = count("admin/people?q=Soomro");
    curator.submit(
        "admin/imports/" + id + "/check",
        "admin/imports/" + id + "/start",
        Map.of("mode", "published"));
    String done = awaitFinished(id, Duration.ofMinutes(1));
    assertTrue(done.contains("Created: 8 gifts"), done);
    assertEquals(1, count("admin/people?q=Lucinschi"), "the name without title or office");
    assertEquals(0, count("admin/people?q=Agency+Employee"), "a role is nobody");
    assertEquals(0, count("admin/people?q=Excellency"));
    assertEquals(soomros, count("admin/people?q=Soomro"), "uncertain, matched, not doubled");
    String pendant = curator.get("admin/gifts?q=pendant").body();
    assertTrue(pendant.contains("``Kirstjen"), "quotation marks as written");
    assertFalse(pendant.contains("“Kirstjen"));
  }

  @Test
  @Order(5)
  void anImportIsUndoneAsOneStepEveryEntryItCreatedGoingToTheTrash() {
    long id = extractImport;
    assertTrue(id > 0, "the extract was imported");
    assertTrue(curator.get("admin/imports/" + id).body().contains("Undo this import"));
    HttpResponse<String> undone =
        curator.submit("admin/imports/" + id, "admin/imports/" + id + "/undo", Map.of());
    assertEquals(303, undone.statusCode(), undone.body());
    String page = curator.get(undone.headers().firstValue("Location").orElseThrow()).body();
    assertTrue(
        page.matches("(?s).*\\d+ entries this import created were moved to the trash.*"), page);
    assertTrue(page.contains("Undone: what it created is in the trash"), page);
    assertFalse(page.contains("Undo this import"), "undone once");
    assertEquals(0, count("admin/people?q=Lucinschi"), "created by the import: in the trash");
    assertTrue(count("admin/people?q=Soomro") > 0, "matched by the import, not created: kept");
    assertFalse(curator.get("admin/gifts?q=pendant").body().contains("``Kirstjen"));
    assertEquals(1, count("admin/people?q=Irfaan+Ali"), "another import's people are not touched");
  }

  /** The element with {@code id} and what follows it up to its section's end. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "no #" + id);
    int end = page.indexOf("</table>", start);
    int para = page.indexOf("</p>", start);
    return page.substring(start, Math.max(end, para) < 0 ? page.length() : minPositive(end, para));
  }

  private static int minPositive(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static long upload(String name, byte[] content) {
    HttpResponse<String> uploaded =
        curator.upload(
            "admin/imports",
            "admin/imports/upload",
            List.of(new FilePart("file", name, "text/csv", content)),
            true);
    assertEquals(303, uploaded.statusCode(), uploaded.body());
    Matcher id = IMPORT.matcher(uploaded.headers().firstValue("Location").orElse(""));
    assertTrue(id.find(), uploaded.headers().toString());
    return Long.parseLong(id.group(1));
  }

  private static String awaitFinished(long id, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      String page = curator.get("admin/imports/" + id).body();
      if (page.contains("Finished") || page.contains("Stopped")) {
        return page;
      }
      Thread.sleep(1000);
    }
    fail("The import did not finish within " + timeout + ":\n" + app.tail());
    return null;
  }

  private static void awaitSearch(String query, String slug, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (app.get("search?q=" + query).body().contains("/gifts/" + slug)) {
        return;
      }
      Thread.sleep(1000);
    }
    fail("The imported gift was not found by search within " + timeout);
  }

  private static int count(String adminList) {
    String page = curator.get(adminList).body();
    if (page.contains("No entries")) {
      return 0;
    }
    Matcher count = Pattern.compile("([0-9,]+) entr(?:y|ies)").matcher(page);
    assertTrue(count.find(), page);
    return Integer.parseInt(count.group(1).replace(",", ""));
  }

  private static String countries() {
    return curator.get("admin/countries?q=korea").body().replaceAll("(?s).*<tbody>|</tbody>.*", "");
  }
}
