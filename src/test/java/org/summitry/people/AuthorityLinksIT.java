package org.summitry.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;

/**
 * Provenance beyond the citation. Claims: two sources that disagree on a gift's value, as a curator
 * records them through the gift form, both kept, the preferred one beside the value and the other
 * as another account, on the public page, in the API and JSON-LD, in history, and back after a
 * restore. Authority links: the demo archive linked to Wikidata and GeoNames on its pages, in its
 * JSON-LD and in its API; curators typing identifiers and finding them by name. The look-up is
 * switched on and pointed at an answer of Wikidata kept in the test resources, served from this
 * machine: never the network.
 */
class AuthorityLinksIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final java.util.regex.Pattern RESTORE =
      java.util.regex.Pattern.compile("/revisions/(\\d+)/restore");
  private static final List<String> searches = new CopyOnWriteArrayList<>();
  private static HttpServer wikidata;
  private static PayaraMicroProcess app;
  private static WebSession admin;

  @BeforeAll
  static void start() throws Exception {
    wikidata = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    wikidata.createContext(
        "/w/api.php",
        exchange -> {
          searches.add(
              URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
          byte[] body;
          try (InputStream recorded =
              AuthorityLinksIT.class.getResourceAsStream("/wikidata/kim-jong-un.json")) {
            body = recorded.readAllBytes();
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    wikidata.start();
    Path data =
        Files.createDirectories(
            Path.of("target", "authority-" + UUID.randomUUID()).toAbsolutePath());
    app =
        PayaraMicroProcess.start(
            "authority-links",
            Map.of(
                "SUMMITRY_DATA_DIR",
                data.toString(),
                "SUMMITRY_ADMIN_PASSWORD",
                PASSWORD,
                "SUMMITRY_WIKIDATA_LOOKUP",
                "true",
                "SUMMITRY_WIKIDATA_API",
                "http://127.0.0.1:" + wikidata.getAddress().getPort() + "/w/api.php"));
    admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (wikidata != null) {
      wikidata.stop(0);
    }
  }

  private static HttpResponse<String> accepting(String path, String type) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(app.uri(path)).header("Accept", type).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void demoPeopleCountriesAndSummitsLinkToWikidataAndGeoNames() throws Exception {
    String putin = app.get("people/vladimir-putin").body();
    assertTrue(
        putin.contains(
            "<a href=\"https://www.wikidata.org/wiki/Q7747\" aria-label=\"Wikidata: Vladimir Putin\">Wikidata</a>"),
        putin);
    assertTrue(
        app.get("ko/people/kim-jong-un")
            .body()
            .contains(
                "href=\"https://www.wikidata.org/wiki/Q56226\" aria-label=\"위키데이터: Kim Jong Un\""));
    assertTrue(app.get("countries/kr").body().contains("https://www.wikidata.org/wiki/Q884"));
    String summit = app.get("summits/putin-kim-summit-pyongyang-2024").body();
    assertTrue(
        summit.contains(
            "<a href=\"https://www.geonames.org/1871859\" aria-label=\"GeoNames: Pyongyang\">GeoNames</a>"),
        summit);
    for (String path :
        List.of(
            "people/vladimir-putin", "countries/kp", "summits/putin-kim-summit-pyongyang-2024")) {
      assertEquals(List.of(), HtmlChecker.errors(app.get(path).body()), path);
    }

    JsonNode person =
        new ObjectMapper()
            .readTree(accepting("people/vladimir-putin", "application/ld+json").body());
    assertEquals("http://www.wikidata.org/entity/Q7747", person.get("sameAs").get(0).asText());
    assertEquals(
        "http://www.wikidata.org/entity/Q159",
        person.get("nationality").get("sameAs").get(0).asText());
    JsonNode event =
        new ObjectMapper()
            .readTree(
                accepting("summits/inter-korean-summit-pyongyang-2018", "application/ld+json")
                    .body());
    assertEquals(
        "https://sws.geonames.org/1871859/",
        event.get("location").get("sameAs").get(0).asText(),
        "the summit met in the city itself");

    JsonNode api =
        new ObjectMapper()
            .readTree(accepting("api/v1/people/kim-jong-un", "application/json").body());
    assertEquals("http://www.wikidata.org/entity/Q56226", api.get("sameAs").get(0).asText());
    JsonNode country =
        new ObjectMapper().readTree(accepting("api/v1/countries/kp", "application/json").body());
    assertEquals("http://www.wikidata.org/entity/Q423", country.get("sameAs").get(0).asText());
    JsonNode meeting =
        new ObjectMapper()
            .readTree(
                accepting("api/v1/summits/putin-kim-summit-pyongyang-2024", "application/json")
                    .body());
    assertEquals("https://sws.geonames.org/1871859/", meeting.get("citySameAs").get(0).asText());
    assertEquals(0, meeting.get("sameAs").size(), "the summit has no item of its own here");
  }

  @Test
  void aBadIdentifierIsRefusedWithTheInputKeptAndAPastedAddressIsSavedAsTheItem() {
    HttpResponse<String> refused =
        admin.submit(
            "admin/people/new",
            "admin/people/new",
            Map.of("name", "Douglas Adams", "nativeName", "D. N. A.", "wikidata", "P31"));
    assertEquals(200, refused.statusCode());
    String form = refused.body();
    assertTrue(form.contains("Wikidata item must be Q and a number"), form);
    assertTrue(form.contains("name=\"wikidata\" value=\"P31\""), "the typed value stays");
    assertTrue(form.contains("value=\"D. N. A.\""), "so does the rest of the form");

    HttpResponse<String> saved =
        admin.submit(
            "admin/people/new",
            "admin/people/new",
            Map.of("name", "Douglas Adams", "wikidata", " https://www.wikidata.org/wiki/q42 "));
    assertEquals(303, saved.statusCode(), saved.body());
    String editor = WebSession.editPath(saved);
    assertTrue(admin.get(editor).body().contains("name=\"wikidata\" value=\"Q42\""));
    assertEquals(303, admin.submit(editor, editor + "/publish", Map.of()).statusCode());
    assertTrue(
        app.get("people/douglas-adams").body().contains("https://www.wikidata.org/wiki/Q42"));

    HttpResponse<String> summit =
        admin.submit(
            "admin/summits/new",
            "admin/summits/new",
            Map.of("title", "Summit in Seoul", "city", "Seoul", "geonames", "Seoul"));
    assertEquals(200, summit.statusCode());
    assertTrue(
        summit.body().contains("GeoNames place of the city must be a number"), summit.body());
    assertTrue(summit.body().contains("name=\"geonames\" value=\"Seoul\""));
  }

  @Test
  void curatorFindsTheItemByNameAndPicksItWithoutSaving() {
    int people = rows(admin.get("admin/people?q=kim").body());
    int before = searches.size();
    HttpResponse<String> found =
        admin.submit(
            "admin/people/new",
            "admin/people/new",
            Map.of("name", "Kim Jong Un", "title", "Leader", "find", "wikidata"));
    assertEquals(200, found.statusCode());
    String page = found.body();
    assertTrue(page.contains("name=\"pick\" value=\"Q56226\""), page);
    assertTrue(page.contains("Supreme Leader of North Korea since 2011"));
    assertTrue(page.contains("value=\"Leader\""), "what was typed stays");
    assertEquals(List.of(), HtmlChecker.errors(page));
    assertEquals(before + 1, searches.size());
    assertTrue(searches.get(before).contains("search=Kim Jong Un"), searches.get(before));

    HttpResponse<String> picked =
        admin.submit(
            "admin/people/new",
            "admin/people/new",
            Map.of("name", "Kim Jong Un", "title", "Leader", "pick", "Q56226"));
    assertEquals(200, picked.statusCode(), "shown again, not saved");
    assertTrue(picked.body().contains("name=\"wikidata\" value=\"Q56226\""));
    assertTrue(picked.body().contains("Q56226 is now in the Wikidata item field"));
    assertEquals(people, rows(admin.get("admin/people?q=kim").body()), "nothing was created");
  }

  private static int rows(String list) {
    return list.split(">Kim Jong Un<", -1).length - 1;
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
        page.contains(
            "href=\"#source-2\">KCNA<sup>2</sup></a> <span class=\"claim-certainty\">(uncertain)"),
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
        MAPPER.readTree(
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
        admin
            .submit(editor + "/history", editor + "/revisions/" + first + "/restore", Map.of())
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
    return MAPPER.readTree(
        HTTP.send(
                HttpRequest.newBuilder(app.uri("api/v1/" + path))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }
}
