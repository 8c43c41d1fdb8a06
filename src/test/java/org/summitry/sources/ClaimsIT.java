package org.summitry.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;

/**
 * Two sources that disagree on a gift's value, as a curator records them through the gift form:
 * both claims kept, the preferred one beside the value and the other as another account, on the
 * public page, in the API and JSON-LD, in history, and back after a restore.
 */
class ClaimsIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final Pattern RESTORE = Pattern.compile("/revisions/(\\d+)/restore");
  private static PayaraMicroProcess app;
  private static WebSession admin;

  @BeforeAll
  static void start() throws Exception {
    Path data =
        Files.createDirectories(Path.of("target", "claims-" + UUID.randomUUID()).toAbsolutePath());
    app =
        PayaraMicroProcess.start(
            "claims",
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
  void sourcesThatDisagreeAreBothKeptAndEveryReaderLearnsWhoSaysWhat() throws Exception {
    String kremlin = source("Kremlin", "Press statement on the gifts exchanged in Pyongyang");
    String kcna = source("KCNA", "Kim Jong Un receives gifts from the Russian President");

    HttpResponse<String> refused =
        admin.submitAll(
            "admin/gifts/new",
            "admin/gifts/new",
            gift(
                List.of(
                    claim("value", kremlin, "confirmed", "preferred", "", "p. 2"),
                    claim("value", kcna, "reported", "preferred", "did not give one", ""))));
    assertEquals(200, refused.statusCode(), "two accounts cannot both be the page's value");
    assertTrue(
        refused
            .body()
            .contains("Only one claim of “Estimated value” can be the value the page shows."),
        refused.body());
    assertTrue(refused.body().contains("value=\"did not give one\""), "what was typed stays");
    assertEquals(404, app.get("gifts/ceremonial-vase").statusCode());

    HttpResponse<String> created =
        admin.submitAll(
            "admin/gifts/new",
            "admin/gifts/new",
            gift(
                List.of(
                    claim("value", kremlin, "confirmed", "preferred", "", "p. 2"),
                    claim("value", kcna, "reported", "other", "did not give one", ""),
                    claim("giver", kcna, "uncertain", "other", "", ""))));
    assertEquals(303, created.statusCode(), created.body());
    String editor = WebSession.editPath(created);
    assertEquals(303, admin.submit(editor, editor + "/publish", Map.of()).statusCode());

    String page = app.get("gifts/ceremonial-vase").body();
    assertTrue(
        page.contains(
            "According to <a class=\"claim-ref\" href=\"#source-1\">Kremlin<sup>1</sup></a>"
                + " <span class=\"claim-certainty\">(confirmed)</span><span class=\"claim-note\">"
                + " — p. 2</span>"),
        page);
    assertTrue(
        page.contains(
            "<a class=\"claim-ref\" href=\"#source-2\">KCNA<sup>2</sup></a>: <span>did not give"
                + " one</span> <span class=\"claim-certainty\">(reported)</span>"),
        "the other account is shown with what its source says");
    assertTrue(page.contains("Other accounts:"));
    assertTrue(
        page.contains("href=\"#source-2\">KCNA<sup>2</sup></a> <span class=\"claim-certainty\">(uncertain)"),
        "a supporting claim of another fact points at the same footnote");
    assertTrue(page.contains("id=\"source-2\""), "the source only claims name is listed too");
    assertEquals(List.of(), HtmlChecker.errors(page), "valid HTML");

    JsonNode api = api("gifts/ceremonial-vase");
    JsonNode claims = api.get("claims");
    assertEquals(3, claims.size(), claims.toString());
    assertEquals("value", claims.get(0).get("fact").asText());
    assertEquals("Kremlin", claims.get(0).get("source").get("publisher").asText());
    assertEquals("confirmed", claims.get(0).get("certainty").asText());
    assertTrue(claims.get(0).get("preferred").asBoolean());
    assertEquals("p. 2", claims.get(0).get("note").asText());
    assertEquals("did not give one", claims.get(1).get("stated").asText());
    assertFalse(claims.get(1).get("preferred").asBoolean());

    JsonNode ld =
        JSON.readTree(
            HTTP.send(
                    HttpRequest.newBuilder(app.uri("gifts/ceremonial-vase"))
                        .header("Accept", "application/ld+json")
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    List<JsonNode> made = new ArrayList<>();
    ld.get("@graph").get(0).get("subjectOf").forEach(n -> made.add(n));
    assertTrue(
        made.stream()
            .anyMatch(
                n ->
                    "Claim".equals(n.path("@type").asText())
                        && "did not give one".equals(n.path("text").asText())
                        && "KCNA"
                            .equals(n.path("appearance").path("publisher").path("name").asText())),
        made.toString());

    // The KCNA account dropped: history shows the claims changed, a restore brings it back.
    HttpResponse<String> edited =
        admin.submitAll(
            editor,
            editor,
            withVersion(
                editor,
                gift(List.of(claim("value", kremlin, "confirmed", "preferred", "", "p. 2")))));
    assertEquals(303, edited.statusCode(), edited.body());
    assertEquals(1, api("gifts/ceremonial-vase").get("claims").size());
    String history = admin.get(editor + "/history").body();
    assertTrue(history.contains("Claims: which source says what"), history);
    Matcher restore = RESTORE.matcher(history);
    List<String> revisions = new ArrayList<>();
    while (restore.find()) {
      revisions.add(restore.group(1));
    }
    String first = revisions.get(revisions.size() - 1);
    String diff = admin.get(editor + "/diff?from=" + first).body();
    assertTrue(diff.contains("did not give one"), "the comparison shows what KCNA said");
    assertEquals(
        303,
        admin.submit(editor + "/history", editor + "/revisions/" + first + "/restore", Map.of())
            .statusCode());
    JsonNode restored = api("gifts/ceremonial-vase").get("claims");
    assertEquals(3, restored.size(), "the restored revision brings its claims back");
    assertEquals("did not give one", restored.get(1).get("stated").asText());

    assertTrue(
        app.get("sources/" + kcna).body().contains("Ceremonial vase"),
        "the source's page lists the gift its claims are about");
  }

  private static String source(String publisher, String title) {
    HttpResponse<String> saved =
        admin.submit(
            "admin/sources/new",
            "admin/sources/new",
            Map.of("publisher", publisher, "title", title, "date", "2024-06-19"));
    assertEquals(303, saved.statusCode(), saved.body());
    String editor = WebSession.editPath(saved);
    assertEquals(303, admin.submit(editor, editor + "/publish", Map.of()).statusCode());
    return editor.substring(editor.lastIndexOf('/') + 1);
  }

  private static List<Map.Entry<String, String>> gift(List<List<String>> claims) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("title", "Ceremonial vase"));
    fields.add(Map.entry("quantity", "1"));
    fields.add(Map.entry("giver", "vladimir-putin"));
    fields.add(Map.entry("recipient", "kim-jong-un"));
    fields.add(Map.entry("date", "2024-06-19"));
    fields.add(Map.entry("valueAmount", "500000"));
    fields.add(Map.entry("valueCurrency", "USD"));
    String[] names = {
      "claimFact", "claimSource", "claimCertainty", "claimRank", "claimStated", "claimNote"
    };
    for (List<String> claim : claims) {
      for (int i = 0; i < names.length; i++) {
        fields.add(Map.entry(names[i], claim.get(i)));
      }
    }
    // The blank row the form always offers.
    for (String name : names) {
      fields.add(Map.entry(name, name.equals("claimRank") ? "other" : ""));
    }
    fields.add(Map.entry("source", claims.get(0).get(1)));
    return fields;
  }

  private static List<String> claim(
      String fact, String source, String certainty, String rank, String stated, String note) {
    return List.of(fact, source, certainty, rank, stated, note);
  }

  private static List<Map.Entry<String, String>> withVersion(
      String editor, List<Map.Entry<String, String>> fields) {
    Matcher version = VERSION.matcher(admin.get(editor).body());
    assertTrue(version.find());
    List<Map.Entry<String, String>> all = new ArrayList<>(fields);
    all.add(Map.entry("version", version.group(1)));
    return all;
  }

  private static JsonNode api(String path) throws Exception {
    return JSON.readTree(
        HTTP.send(
                HttpRequest.newBuilder(app.uri("api/v1/" + path))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }
}
