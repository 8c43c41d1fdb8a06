package org.summitry.opendata;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.SteadyArchive;
import org.summitry.testing.WebSession;

/**
 * The JSON API as a contract, against the real WAR with the demo content (3 summits, 13 gifts, 6
 * people, 4 countries) and one draft summit that must never show: each endpoint's shape, links that
 * lead somewhere, pagination in the body and the Link header, 304 for a known ETag, problem details
 * for bad parameters and unknown addresses, and an OpenAPI document that describes every path.
 */
class ApiIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final String PUBLIC = "http://summitry.test/archive/";
  private static final String API = PUBLIC + "api/v1/";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static PayaraMicroProcess app;
  private static String draftSlug;

  @BeforeAll
  static void start() throws Exception {
    Path data =
        Files.createDirectories(Path.of("target", "api-" + UUID.randomUUID()).toAbsolutePath());
    Map<String, String> environment =
        Map.of(
            "SUMMITRY_DATA_DIR", data.toString(),
            "SUMMITRY_ADMIN_PASSWORD", PASSWORD,
            "SUMMITRY_PUBLIC_URL", PUBLIC);
    String port = System.getProperty("summitry.it.port");
    app =
        port == null
            ? PayaraMicroProcess.start("api", environment)
            : PayaraMicroProcess.start("api", environment, Integer.parseInt(port));
    WebSession admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
    HttpResponse<String> created =
        admin.submit(
            "admin/summits/new", "admin/summits/new", Map.of("title", "Secret draft summit"));
    assertEquals(303, created.statusCode(), created.body());
    String edit = WebSession.editPath(created);
    Matcher slug =
        Pattern.compile("name=\"slug\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"slug\"")
            .matcher(admin.get(edit).body());
    assertTrue(slug.find());
    draftSlug = slug.group(1) != null ? slug.group(1) : slug.group(2);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theIndexNamesEveryCollectionAndTheOpenApiDocument() {
    JsonObject index = json("api/v1");
    for (String name :
        List.of("summits", "gifts", "people", "countries", "photos", "sources", "search")) {
      assertEquals(API + name, index.getJsonObject("collections").getString(name));
    }
    assertEquals(PUBLIC + "openapi", index.getString("openapi"));
  }

  @Test
  void summitsArePublishedOnlyNewestFirstWithDatesAndHosts() {
    JsonObject list = json("api/v1/summits");
    assertEquals(3, list.getInt("total"), "the draft summit is not listed");
    assertEquals(1, list.getInt("page"));
    assertEquals(20, list.getInt("size"));
    JsonArray items = list.getJsonArray("items");
    JsonObject first = items.getJsonObject(0);
    assertEquals("putin-kim-summit-pyongyang-2024", first.getString("slug"));
    assertTrue(first.getJsonNumber("id").longValue() > 0);
    assertDate(first.getJsonObject("date"), "2024-06-19", "2024-06-19", "2024-06-19");
    assertRef(first.getJsonObject("country"), "country", "kp");
    assertEquals(
        API + "summits/putin-kim-summit-pyongyang-2024",
        first.getJsonObject("links").getString("self"));
    assertEquals(
        PUBLIC + "summits/putin-kim-summit-pyongyang-2024",
        first.getJsonObject("links").getString("page"));
    JsonObject oldest = json("api/v1/summits?order=oldest").getJsonArray("items").getJsonObject(0);
    assertEquals("inter-korean-summit-pyongyang-2018", oldest.getString("slug"));
    assertDate(oldest.getJsonObject("date"), "2018-09-18/2018-09-20", "2018-09-18", "2018-09-20");
    assertEquals(404, app.get("api/v1/summits/" + draftSlug).statusCode(), "drafts are not served");
  }

  @Test
  void aSummitNamesItsParticipantsGiftsPhotosAndSources() {
    JsonObject summit = json("api/v1/summits/putin-kim-summit-pyongyang-2024");
    assertEquals("Pyongyang", summit.getString("city"));
    List<String> participants = new ArrayList<>();
    for (JsonValue p : summit.getJsonArray("participants")) {
      JsonObject person = p.asJsonObject().getJsonObject("person");
      assertRef(person, "person", null);
      participants.add(person.getString("slug"));
    }
    assertTrue(participants.contains("kim-jong-un"), participants::toString);
    assertTrue(participants.contains("vladimir-putin"), participants::toString);
    assertTrue(slugs(summit.getJsonArray("gifts")).contains("aurus-limousine-2024"));
    assertFalse(summit.getJsonArray("photos").isEmpty());
    assertRef(summit.getJsonArray("photos").getJsonObject(0), "photo", null);
    assertFalse(summit.getJsonArray("sources").isEmpty());
    JsonObject korean = summit.getJsonArray("translations").getJsonObject(0);
    assertEquals("ko", korean.getString("language"));
    assertEquals("평양 북러 정상회담", korean.getString("title"), "the curator's translation");
    assertTrue(korean.getString("text").startsWith("블라디미르 푸틴"));
    assertEquals("ru", summit.getJsonArray("translations").getJsonObject(1).getString("language"));
  }

  @Test
  void aGiftLinksGiverRecipientOccasionAndItsPhotos() {
    JsonObject gift = json("api/v1/gifts/aurus-limousine-2024");
    assertEquals("aurus-limousine-2024", gift.getString("slug"));
    assertRef(gift.getJsonObject("giver").getJsonObject("person"), "person", "vladimir-putin");
    assertRef(gift.getJsonObject("giver").getJsonObject("country"), "country", "ru");
    assertRef(gift.getJsonObject("recipient").getJsonObject("person"), "person", "kim-jong-un");
    assertRef(gift.getJsonObject("recipient").getJsonObject("country"), "country", "kp");
    assertRef(gift.getJsonObject("summit"), "summit", "putin-kim-summit-pyongyang-2024");
    assertDate(gift.getJsonObject("date"), "2024-06-19", "2024-06-19", "2024-06-19");
    assertFalse(gift.getString("title").isBlank());
    assertFalse(gift.getJsonObject("category").getString("slug").isBlank());
    assertEquals(1, gift.getInt("quantity"));
    assertTrue(
        gift.containsKey("value") && gift.containsKey("whereabouts"), "every field is there");
    JsonObject korean = gift.getJsonArray("translations").getJsonObject(0);
    assertEquals("아우루스 리무진 (김정은의 두 번째)", korean.getString("title"));
    assertTrue(korean.isNull("text"), "a title translated without its description");
    JsonObject photo = gift.getJsonArray("photos").getJsonObject(0);
    assertEquals(200, app.get(relative(photo.getString("api"))).statusCode());
  }

  @Test
  void giftsTakeTheFiltersOfTheGiftsPage() {
    assertEquals(13, json("api/v1/gifts").getInt("total"));
    JsonObject fromRussia = json("api/v1/gifts?from=RU&to=kp");
    assertTrue(fromRussia.getInt("total") > 0 && fromRussia.getInt("total") < 7);
    for (JsonValue item : fromRussia.getJsonArray("items")) {
      assertEquals(
          "ru",
          item.asJsonObject().getJsonObject("giver").getJsonObject("country").getString("slug"));
    }
    assertTrue(
        fromRussia.getJsonObject("links").getString("self").contains("from=ru&to=kp"),
        "links keep the filters");
    JsonObject byPerson = json("api/v1/gifts?giver=kim-jong-un&year=2024");
    for (JsonValue item : byPerson.getJsonArray("items")) {
      assertEquals(
          "kim-jong-un",
          item.asJsonObject().getJsonObject("giver").getJsonObject("person").getString("slug"));
    }
    assertEquals(0, json("api/v1/gifts?year=1950").getInt("total"));
  }

  @Test
  void listsArePagedWithLinksInTheBodyAndTheLinkHeader() {
    HttpResponse<String> first = app.get("api/v1/gifts?size=3");
    assertEquals(200, first.statusCode());
    String header = String.join(", ", first.headers().allValues("Link"));
    assertTrue(header.contains("<" + API + "gifts?page=2&size=3>; rel=\"next\""), header);
    assertTrue(header.contains("<" + API + "gifts?page=5&size=3>; rel=\"last\""), header);
    assertFalse(header.contains("rel=\"prev\""), header);
    JsonObject page = parse(first.body());
    JsonObject links = page.getJsonObject("links");
    assertEquals(JsonValue.NULL, links.get("prev"));
    assertEquals(API + "gifts?page=1&size=3", links.getString("first"));
    Set<String> seen = new HashSet<>();
    int pages = 0;
    while (true) {
      pages++;
      for (JsonValue item : page.getJsonArray("items")) {
        assertTrue(seen.add(item.asJsonObject().getString("slug")), "no gift twice");
      }
      if (page.getJsonObject("links").isNull("next")) {
        break;
      }
      page = json(relative(page.getJsonObject("links").getString("next")));
    }
    assertEquals(5, pages);
    assertEquals(13, seen.size(), "following next visits every gift once");
    HttpResponse<String> last = app.get("api/v1/gifts?size=3&page=5");
    assertTrue(String.join(", ", last.headers().allValues("Link")).contains("rel=\"prev\""));
  }

  @Test
  void peopleAndCountriesLinkWhatTheyGaveReceivedAttendedAndHosted() {
    assertEquals(6, json("api/v1/people").getInt("total"));
    JsonObject kim = json("api/v1/people/kim-jong-un");
    assertEquals("김정은", kim.getString("nativeName"));
    assertRef(kim.getJsonObject("country"), "country", "kp");
    assertTrue(slugs(kim.getJsonArray("summits")).contains("putin-kim-summit-pyongyang-2024"));
    JsonObject received = kim.getJsonObject("giftsReceived");
    assertEquals(
        received.getInt("total"), json(relative(received.getString("api"))).getInt("total"));
    assertTrue(received.getInt("total") > 0);

    JsonObject countries = json("api/v1/countries");
    assertEquals(4, countries.getInt("total"));
    JsonObject kp = json("api/v1/countries/KP");
    assertEquals("KP", kp.getString("code"));
    assertEquals(API + "countries/kp", kp.getJsonObject("links").getString("self"));
    JsonObject kpPeople = kp.getJsonObject("people");
    assertEquals(API + "people?country=kp", kpPeople.getString("api"));
    JsonObject peopleOfKp = json(relative(kpPeople.getString("api")));
    assertEquals(kpPeople.getInt("total"), peopleOfKp.getInt("total"));
    assertTrue(slugs(peopleOfKp.getJsonArray("items")).contains("kim-jong-un"));
    assertFalse(
        slugs(peopleOfKp.getJsonArray("items")).contains("vladimir-putin"),
        "only the people of the country");
    JsonObject hosted = kp.getJsonObject("summitsHosted");
    JsonObject summitsInKp = json(relative(hosted.getString("api")));
    assertEquals(hosted.getInt("total"), summitsInKp.getInt("total"));
    assertTrue(
        slugs(summitsInKp.getJsonArray("items")).contains("putin-kim-summit-pyongyang-2024"));
    assertEquals(
        API + "summits?country=kp&order=oldest&page=1&size=20",
        json("api/v1/summits?country=KP&order=oldest").getJsonObject("links").getString("first"),
        "the list's links keep its country");
    JsonObject given = kp.getJsonObject("giftsGiven");
    assertEquals(given.getInt("total"), json(relative(given.getString("api"))).getInt("total"));
  }

  @Test
  void photosAndSourcesCarryTheirFilesCreditsAndGalleries() {
    JsonObject photos = json("api/v1/photos");
    assertEquals(3, photos.getInt("total"));
    JsonObject photo = photos.getJsonArray("items").getJsonObject(0);
    assertTrue(photo.getJsonObject("files").getString("original").startsWith(PUBLIC + "files/"));
    assertTrue(photo.getJsonObject("files").getJsonObject("sizes").containsKey("sq200"));
    assertFalse(photo.getString("altText").isBlank());
    assertFalse(photo.getJsonArray("galleries").isEmpty());
    JsonObject same = json(relative(photo.getJsonObject("links").getString("self")));
    assertEquals(photo, same, "the list shows each photo as its own document does");
    assertEquals(404, app.get("api/v1/photos/999999999").statusCode());

    JsonObject sources = json("api/v1/sources");
    assertTrue(sources.getInt("total") > 0);
    JsonObject source = sources.getJsonArray("items").getJsonObject(0);
    assertFalse(source.getString("title").isBlank());
    assertEquals(source, json(relative(source.getJsonObject("links").getString("self"))));
  }

  @Test
  void searchFindsEntriesWithFacetCountsAndFacetFilters() {
    JsonObject results = json("api/v1/search?q=limousine");
    assertTrue(results.getInt("total") > 0);
    JsonObject hit = results.getJsonArray("items").getJsonObject(0);
    assertFalse(hit.getString("title").contains("<mark>"), "title is plain text");
    JsonArray titleMarks = hit.getJsonArray("titleMarks");
    assertEquals(
        hit.getString("title"),
        titleMarks.stream().map(m -> m.asJsonObject().getString("text")).collect(joining()),
        "the title's pieces run together give the title");
    assertTrue(
        titleMarks.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                m -> m.getBoolean("marked") && m.getString("text").equalsIgnoreCase("limousine")),
        "the word searched for is marked in the title: " + titleMarks);
    assertFalse(hit.containsKey("titleHtml"), "no HTML in the JSON");
    assertEquals(200, app.get(relative(hit.getString("api"))).statusCode());
    JsonObject facets = results.getJsonObject("facets");
    long gifts =
        facets.getJsonArray("type").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("value").equals("gift"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("count")
            .longValue();
    JsonObject onlyGifts = json("api/v1/search?q=limousine&type=gift");
    assertEquals(gifts, onlyGifts.getInt("total"), "a facet's count is what choosing it gives");
    assertTrue(onlyGifts.getJsonObject("links").getString("self").contains("type=gift"));
  }

  @Test
  void anUnchangedDocumentIsNotSentAgain() throws Exception {
    SteadyArchive.await(app.uri(""), "api/v1");
    for (String path : List.of("api/v1/gifts/aurus-limousine-2024", "api/v1/gifts?from=ru")) {
      HttpResponse<String> first = app.get(path);
      String tag = first.headers().firstValue("ETag").orElseThrow();
      assertTrue(tag.matches("W/\"[^\"]+\""), "weak: the same in every content coding: " + tag);
      assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
      HttpResponse<String> again = get(path, Map.of("If-None-Match", tag));
      assertEquals(304, again.statusCode());
      assertEquals("", again.body());
      assertEquals(tag, again.headers().firstValue("ETag").orElseThrow());
      assertEquals(
          304,
          get(path, Map.of("If-None-Match", "\"x\", " + tag.substring(2))).statusCode(),
          "compared weakly, as If-None-Match is");
      assertEquals(200, get(path, Map.of("If-None-Match", "\"other\"")).statusCode());
    }
    assertFalse(
        app.get("api/v1/gifts?from=ru")
            .headers()
            .firstValue("ETag")
            .equals(app.get("api/v1/gifts?from=kp").headers().firstValue("ETag")),
        "another list has another tag");
  }

  @Test
  void badParametersAreProblemDetailsNamingTheParameter() {
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("api/v1/gifts?size=500", "size"),
            Map.entry("api/v1/gifts?page=two", "page"),
            Map.entry("api/v1/gifts?from=zz", "from"),
            Map.entry("api/v1/gifts?category=nothing", "category"),
            Map.entry("api/v1/gifts?recipient=nobody", "recipient"),
            Map.entry("api/v1/gifts?year=20x4", "year"),
            Map.entry("api/v1/summits?order=sideways", "order"),
            Map.entry("api/v1/summits?country=zz", "country"),
            Map.entry("api/v1/search?q=a&type=planet", "type"),
            Map.entry("api/v1/search?decade=1995", "decade"),
            Map.entry("api/v1/people?size=0", "size"),
            Map.entry("api/v1/people?country=zz", "country"));
    cases.forEach(
        (path, parameter) -> {
          HttpResponse<String> response = app.get(path);
          JsonObject problem = assertProblem(response, 400, path);
          assertEquals(parameter, problem.getString("parameter"), path);
          assertTrue(problem.getString("detail").contains(parameter), problem::toString);
        });
  }

  @Test
  void unknownAddressesAndMethodsAreProblemDetailsToo() throws Exception {
    for (String path :
        List.of(
            "api/v1/gifts/no-such-gift",
            "api/v1/people/nobody",
            "api/v1/countries/zz",
            "api/v1/photos/not-a-number",
            "api/v1/sources/0",
            "api/v1/no-such-collection",
            "api/v2/gifts")) {
      assertProblem(app.get(path), 404, path);
    }
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("api/v1/gifts"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(post, 405, "POST");
    assertTrue(post.headers().firstValue("Allow").orElse("").contains("GET"));
  }

  @Test
  void theOpenApiDocumentDescribesEveryPathWithItsParametersAndSchemas() throws Exception {
    HttpResponse<String> response =
        get("openapi?format=json", Map.of("Accept", "application/json"));
    assertEquals(200, response.statusCode());
    JsonObject document = parse(response.body());
    assertEquals("Summitry API", document.getJsonObject("info").getString("title"));
    JsonObject paths = document.getJsonObject("paths");
    Map<String, List<String>> expected =
        Map.ofEntries(
            Map.entry("/api/v1", List.of()),
            Map.entry("/api/v1/summits", List.of("page", "size", "order", "country")),
            Map.entry("/api/v1/summits/{slug}", List.of("slug")),
            Map.entry(
                "/api/v1/gifts",
                List.of("page", "size", "category", "from", "to", "year", "giver", "recipient")),
            Map.entry("/api/v1/gifts/{slug}", List.of("slug")),
            Map.entry("/api/v1/people", List.of("page", "size", "country")),
            Map.entry("/api/v1/people/{slug}", List.of("slug")),
            Map.entry("/api/v1/countries", List.of("page", "size")),
            Map.entry("/api/v1/countries/{code}", List.of("code")),
            Map.entry("/api/v1/photos", List.of("page", "size")),
            Map.entry("/api/v1/photos/{id}", List.of("id")),
            Map.entry("/api/v1/sources", List.of("page", "size")),
            Map.entry("/api/v1/sources/{id}", List.of("id")),
            Map.entry(
                "/api/v1/search",
                List.of("q", "type", "category", "from", "to", "decade", "year", "page", "size")));
    assertEquals(expected.keySet(), paths.keySet(), "only the API, no HTML pages");
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    expected.forEach(
        (path, parameters) -> {
          JsonObject get = paths.getJsonObject(path).getJsonObject("get");
          assertNotNull(get, path);
          assertFalse(get.getString("summary", "").isBlank(), path);
          List<String> documented = new ArrayList<>();
          for (JsonValue parameter :
              get.containsKey("parameters")
                  ? get.getJsonArray("parameters")
                  : JsonValue.EMPTY_JSON_ARRAY) {
            documented.add(parameter.asJsonObject().getString("name"));
            assertTrue(parameter.asJsonObject().containsKey("description"), path + parameter);
          }
          assertEquals(Set.copyOf(parameters), Set.copyOf(documented), path);
          // What every operation shares is documented for each, though written once.
          JsonObject responses = get.getJsonObject("responses");
          assertTrue(responses.getJsonObject("200").getJsonObject("headers").containsKey("ETag"));
          assertTrue(responses.containsKey("304"), path + " says when it answers 304");
          assertEquals(path.contains("{"), responses.containsKey("404"), path + ": 404");
          assertEquals(!parameters.isEmpty() && !path.contains("{"), responses.containsKey("400"));
          for (String status : List.of("400", "404")) {
            if (responses.containsKey(status)) {
              assertEquals(
                  "#/components/schemas/Problem",
                  responses
                      .getJsonObject(status)
                      .getJsonObject("content")
                      .getJsonObject("application/problem+json")
                      .getJsonObject("schema")
                      .getString("$ref"),
                  path + " " + status);
            }
          }
          if (parameters.contains("page")) {
            assertTrue(
                responses.getJsonObject("200").getJsonObject("headers").containsKey("Link"), path);
            for (JsonValue parameter : get.getJsonArray("parameters")) {
              JsonObject p = parameter.asJsonObject();
              if (p.getString("name").equals("page") || p.getString("name").equals("size")) {
                JsonObject schema = p.getJsonObject("schema");
                assertEquals("integer", schema.getString("type"), path + " " + p);
                assertEquals(1, schema.getInt("minimum"), path + " " + p);
                assertEquals(
                    p.getString("name").equals("size") ? 100 : -1,
                    schema.containsKey("maximum") ? schema.getInt("maximum") : -1,
                    path + " " + p);
              }
            }
          }
          String ref =
              get.getJsonObject("responses")
                  .getJsonObject("200")
                  .getJsonObject("content")
                  .getJsonObject("application/json")
                  .getJsonObject("schema")
                  .getString("$ref");
          JsonObject schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
          assertFalse(schema.getJsonObject("properties").isEmpty(), ref);
        });
    JsonObject gift = schemas.getJsonObject("Gift");
    assertEquals(
        gift.getJsonObject("properties").keySet(),
        json("api/v1/gifts/aurus-limousine-2024").keySet(),
        "the schema has the document's fields");
    assertEquals(
        "int64",
        schemas
            .getJsonObject("Gift")
            .getJsonObject("properties")
            .getJsonObject("id")
            .getString("format"));
    assertTrue(schemas.containsKey("Problem"));
  }

  private static JsonObject assertProblem(HttpResponse<String> response, int status, String what) {
    assertEquals(status, response.statusCode(), what);
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""), what);
    JsonObject problem = parse(response.body());
    assertEquals(status, problem.getInt("status"), what);
    assertFalse(problem.getString("title").isBlank(), what);
    assertEquals("about:blank", problem.getString("type"), what);
    assertTrue(problem.getString("instance").startsWith("/api/"), what);
    assertFalse(problem.getString("detail").isBlank(), what);
    assertFalse(response.body().contains("\tat "), "no stack trace");
    return problem;
  }

  private static void assertDate(JsonObject date, String edtf, String earliest, String latest) {
    assertEquals(edtf, date.getString("edtf"));
    assertEquals(earliest, date.getString("earliest"));
    assertEquals(latest, date.getString("latest"));
    assertFalse(date.getString("words").isBlank());
  }

  private static void assertRef(JsonObject ref, String type, String slug) {
    assertEquals(type, ref.getString("type"));
    assertTrue(ref.getJsonNumber("id").longValue() > 0);
    if (slug != null) {
      assertEquals(slug, ref.getString("slug"));
    }
    assertFalse(ref.getString("name").isBlank());
    assertTrue(ref.getString("api").startsWith(API), ref.toString());
    assertTrue(ref.getString("page").startsWith(PUBLIC), ref.toString());
    assertFalse(ref.getString("page").startsWith(API));
  }

  private static List<String> slugs(JsonArray refs) {
    return refs.stream().map(r -> r.asJsonObject().getString("slug")).toList();
  }

  /** An address under the public base as the path the tests reach the server by. */
  private static String relative(String absolute) {
    assertTrue(absolute.startsWith(PUBLIC), absolute);
    return absolute.substring(PUBLIC.length());
  }

  private static JsonObject json(String path) {
    HttpResponse<String> response = app.get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    return parse(response.body());
  }

  private static JsonObject parse(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
