package org.summitry.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;

/**
 * The demo archive linked to Wikidata and GeoNames on its pages, in its JSON-LD and in its API;
 * curators typing identifiers and finding them by name. The look-up is switched on and pointed at
 * an answer of Wikidata kept in the test resources, served from this machine: never the network.
 */
class AuthorityLinksIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
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
}
