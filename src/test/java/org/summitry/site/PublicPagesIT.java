package org.summitry.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.RawRequest;
import org.summitry.testing.SteadyArchive;

/**
 * Deploys the real WAR on Payara Micro with an empty data folder and browses the public site as a
 * visitor would: the demo content of the seed article is there, linked every way, every page type
 * is valid HTML, and bad addresses get helpful 404 and 400 pages rather than errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /**
   * The address Payara Micro reports names the first network interface it finds; on machines with
   * container bridges that address can belong to another network, so the tests use loopback.
   */
  @ArquillianResource URL deployed;

  URL base;

  @org.junit.jupiter.api.BeforeEach
  void onLoopback() throws java.net.MalformedURLException {
    base = new URL("http", "127.0.0.1", deployed.getPort(), deployed.getPath());
  }

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("summitry.war")));
  }

  @Test
  void homePageIntroducesTheArchiveWithLatestSummitsAndGifts() throws Exception {
    String home = page("", 200);
    assertContains(
        home, "Putin–Kim summit in Pyongyang", "Aurus limousine", "Pair of Pungsan dogs");
    assertContains(home, "<dd>3</dd>", "<dd>13</dd>", "<dd>6</dd>", "<dd>4</dd>");
    // The demo archive says where its content comes from, on every page.
    assertContains(home, "Demo content from a CBS News article of June 2024");
    assertContains(page("gifts", 200), "Demo content from a CBS News article of June 2024");
  }

  @Test
  void summitsAreListedChronologicallyEitherWay() throws Exception {
    String newest = page("summits", 200);
    assertInOrder(
        newest,
        "Putin–Kim summit in Pyongyang",
        "Putin–Kim summit in Russia&#39;s Far East",
        "Inter-Korean summit in Pyongyang");
    String oldest = page("summits?order=oldest", 200);
    assertInOrder(
        oldest,
        "Inter-Korean summit in Pyongyang",
        "Putin–Kim summit in Russia&#39;s Far East",
        "Putin–Kim summit in Pyongyang");
    assertContains(oldest, "18–20 September 2018", "13 September 2023");
  }

  @Test
  void summitPageShowsPlaceParticipantsGiftsBothWaysPhotosAndSources() throws Exception {
    String summit = page("summits/putin-kim-summit-pyongyang-2024", 200);
    assertContains(summit, "Kumsusan Guesthouse", "Pyongyang", "North Korea", "19 June 2024");
    assertContains(summit, "Kim Jong Un", "김정은", "Host", "Vladimir Putin", "Yuri Ushakov");
    assertContains(
        summit,
        "Tea set",
        "Naval officer&#39;s dirk",
        "Artwork depicting Vladimir Putin",
        "Pair of Pungsan dogs");
    assertContains(summit, "3 gifts", "2 gifts");
    assertContains(summit, "KCNA via REUTERS", "KRT/North Korean state TV", "KRT/Reuters");
    assertContains(summit, "CBS News", "Photos show Kim Jong Un and Putin sharing gifts");
    assertTrue(summit.contains("lang=\"ko\""), "the Korean name is marked as Korean");
  }

  @Test
  void giftPageNamesGiverRecipientOccasionAndCitesTheArticle() throws Exception {
    String aurus = page("gifts/aurus-limousine-2024", 200);
    assertInOrder(aurus, "Given by", "Vladimir Putin", "Received by", "Kim Jong Un");
    assertContains(aurus, "Putin–Kim summit in Pyongyang", "In use by the recipient", "Vehicle");
    assertContains(
        aurus,
        "CBS News",
        "Photos show Kim Jong Un and Putin sharing gifts – including a limo and hunting dogs");
    String first = page("gifts/aurus-limousine-2024-02", 200);
    assertContains(
        first, "about February 2024", "Delivered months after the September 2023 summit");
    String dogs = page("gifts/pungsan-dogs-for-moon-2018", 200);
    assertContains(
        dogs, "Moon Jae-in", "South Korea", "Inter-Korean summit in Pyongyang", "<dd>2</dd>");
  }

  @Test
  void aCitationLeadsToItsSourceAndTheSourceToEverythingItSupports() throws Exception {
    String aurus = page("gifts/aurus-limousine-2024", 200);
    Matcher record =
        Pattern.compile("class=\"citation__record\" href=\"([^\"]*/sources/(\\d+))\"")
            .matcher(aurus);
    assertTrue(record.find(), "the gift's citation links its source's page");
    String source = pageAt(record.group(1));
    assertContains(
        source,
        "Photos show Kim Jong Un and Putin sharing gifts – including a limo and hunting dogs",
        "CBS News",
        "Cited by",
        "Tea set",
        "Naval officer&#39;s dirk",
        "Putin and Kim with a pair of Pungsan dogs");
    assertInOrder(source, "Summits", "Putin–Kim summit in Pyongyang", "Gifts");
    String list = page("sources", 200);
    assertContains(list, "/sources/" + record.group(2), "CBS News", "cited by");
    page("sources/99999999", 404);
    page("sources/not-a-number", 404);
  }

  @Test
  void thePhotoIndexShowsEveryPublishedPhotoAndNarrowsByCreditAndYear() throws Exception {
    String all = page("photos", 200);
    assertContains(
        all,
        "3 photographs",
        "Putin and Kim with a pair of Pungsan dogs",
        "Kim Jong Un feeds a horse as Putin looks on",
        "KCNA via REUTERS (1)",
        "2024 (3)");
    String kcna = page("photos?credit=KCNA+via+REUTERS", 200);
    assertContains(kcna, "1 photograph", "Putin and Kim with a pair of Pungsan dogs");
    assertFalse(
        kcna.contains("Kim Jong Un feeds a horse as Putin looks on"), "other credits left out");
    assertContains(kcna, "<option value=\"KCNA via REUTERS\" selected=\"selected\">");
    String dpa = page("photos?credit=dpa", 200);
    assertContains(dpa, "No photographs match these filters.", "Clear filters");
    String earlier = page("photos?year=2018", 200);
    assertContains(earlier, "No photographs match these filters.");
    page("photos?year=twenty", 400);
  }

  @Test
  void giftsFilterByCategoryCountryYearAndPerson() throws Exception {
    assertContains(page("gifts", 200), "13 gifts");
    assertContains(page("gifts?category=animal", 200), "2 gifts");
    assertContains(page("gifts?from=kp", 200), "3 gifts");
    assertContains(page("gifts?to=kr", 200), "1 gift");
    assertContains(
        page("gifts?year=2018&from=kp", 200),
        "1 gift",
        "<option value=\"2018\" selected=\"selected\">2018</option>",
        "<option value=\"2024\">2024</option>",
        "<option value=\"kp\" selected=\"selected\">North Korea</option>",
        "<option value=\"ru\">Russia</option>");
    assertContains(page("gifts?giver=vladimir-putin&category=vehicle", 200), "2 gifts");
    String none = page("gifts?from=us", 200);
    assertContains(none, "No gifts match these filters", "Clear filters");
  }

  @Test
  void personAndCountryPagesLinkGiftsAndSummits() throws Exception {
    assertContains(
        page("people", 200), "Kim Jong Un", "Moon Jae-in", "Vladimir Putin", "Yuri Ushakov");
    String kim = page("people/kim-jong-un", 200);
    assertContains(
        kim,
        "김정은",
        "Kim Jong-un",
        "Ким Чен Ын",
        "Gifts given",
        "Gifts received",
        "Summits attended");
    assertContains(
        kim, "Artwork depicting Vladimir Putin", "Tea set", "Inter-Korean summit in Pyongyang");
    assertContains(page("countries", 200), "North Korea", "Russia", "South Korea");
    String northKorea = page("countries/kp", 200);
    assertContains(
        northKorea,
        "Summits hosted",
        "Putin–Kim summit in Pyongyang",
        "Kim Jong Un",
        "Pair of Pungsan dogs");
    assertEquals(200, get("countries/KP").statusCode(), "codes work in either case");

    // A country's summits and people, listed in full with pages (its own page shows the first).
    String hosted = page("summits?country=kp", 200);
    assertContains(
        hosted,
        "Summits hosted by North Korea",
        "Putin–Kim summit in Pyongyang",
        "Inter-Korean summit in Pyongyang");
    assertContains(
        page("summits?country=kr&order=oldest", 200),
        "No summits hosted by South Korea have been recorded.");
    assertContains(page("summits?country=zz", 400), "There is no country with the code");
    String russians = page("people?country=RU", 200);
    assertContains(russians, "People of Russia", "Vladimir Putin", "Yuri Ushakov");
    assertFalse(russians.contains("Kim Jong Un"), "only the country's people");
    assertContains(page("people?country=zz", 400), "There is no country with the code");
  }

  @Test
  void timelineCountsSummitsPerYearAndListsOneYearAtATime() throws Exception {
    String timeline = page("timeline", 200);
    assertContains(timeline, "<svg", "Summits per year", "2018: 1 summit", "2024: 1 summit");
    assertEquals(
        Map.of("2018", 1, "2023", 1, "2024", 1),
        linkedCounts(timeline, "href=\"[^\"]*/timeline\\?year=(\\d+)#year-summits\" aria-label"),
        "the table links each year with summits, with its count");
    assertFalse(timeline.contains("year-heading"), "no summits are listed before a year is chosen");
    String year = page("timeline?year=2018", 200);
    assertContains(year, "Summits in 2018", "1 summit", "Inter-Korean summit in Pyongyang");
    assertFalse(year.contains("Putin–Kim summit"), "only the chosen year is listed");
    assertTrue(year.contains("aria-current=\"page\""), "the chosen year is marked in the chart");
    assertContains(page("timeline?year=1900", 200), "No summits took place in 1900");
    assertContains(page("timeline?year=next", 400), "between 1 and 9999");
  }

  @Test
  void theMapDrawsTheDemosSummitsWhereTheyTookPlace() throws Exception {
    String world = page("map", 200);
    // Equal Earth at 1000 map units wide: the cosmodrome (51.8844 N, 128.3336 E) alone, and
    // Pyongyang (39.0392 N, 125.7625 E), where two summits share one numbered marker.
    Matcher vostochny =
        Pattern.compile(
                "<a class=\"map-marker\"[^>]*? href=\"[^\"]*/summits/putin-kim-summit-russian-far-east-2023\""
                    + "[^>]*>\\s*<title>[^<]*</title>\\s*<g transform=\"translate\\(789.5 64\\)\">")
            .matcher(world);
    assertTrue(vostochny.find(), "the 2023 summit at Vostochny");
    Matcher pyongyang =
        Pattern.compile(
                "<a class=\"map-marker map-marker--cluster\"[^>]*? href=\"#place-[^\"]+\"[^>]*>"
                    + "\\s*<title>2 summits: ([^<]+)</title>"
                    + "\\s*<g transform=\"translate\\(811.5 103.4\\)\">")
            .matcher(world);
    assertTrue(pyongyang.find(), "both Pyongyang summits at Pyongyang");
    assertContains(
        pyongyang.group(1), "Putin–Kim summit in Pyongyang, 19 June 2024", "Inter-Korean summit");
    assertInOrder(world, "viewBox=\"0 0 1000 486.7\"", "class=\"place-list\"", "id=\"place-");
    assertContains(world, "Tsiolkovsky, Amur Oblast");

    String eastAsia = page("map?region=east-asia", 200);
    assertContains(eastAsia, "aria-current=\"page\">East Asia</a>", "Summits in East Asia");
    assertFalse(eastAsia.contains("viewBox=\"0 0 1000 486.7\""), "the view is zoomed");
    assertContains(page("map?region=atlantis", 200), "There is no region called “atlantis”");
    assertContains(page("ru/map", 200), "Карта", "lang=\"ru\"");

    String summit = page("summits/putin-kim-summit-pyongyang-2024", 200);
    assertContains(summit, "class=\"locator\"", "39.0392° N, 125.7625° E", "map?region=east-asia");

    HttpResponse<String> geojson =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "map.geojson"))
                .header("Accept", "application/geo+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, geojson.statusCode());
    assertTrue(
        geojson.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
    JsonObject places = Json.createReader(new StringReader(geojson.body())).readObject();
    assertEquals("FeatureCollection", places.getString("type"));
    assertEquals(3, places.getJsonArray("features").size());
  }

  @Test
  void flowCellsCountGiftsBetweenCountriesAndOpenExactlyThoseGifts() throws Exception {
    String flows = page("flows", 200);
    assertContains(
        flows, "<svg", "Russia to North Korea: 4 gifts", "North Korea to Russia: 2 gifts");
    Matcher cell =
        Pattern.compile(
                "<a href=\"([^\"]*/gifts\\?from=([a-z]+)&amp;to=([a-z]+))\" class=\"chart-cell[^\"]*\">"
                    + "\\s*<title>[^<]*</title>\\s*<rect[^>]*/>\\s*<text[^>]*>([0-9,]+)</text>")
            .matcher(flows);
    Map<String, Integer> cells = new HashMap<>();
    while (cell.find()) {
      int count = Integer.parseInt(cell.group(4).replace(",", ""));
      cells.put(cell.group(2) + "→" + cell.group(3), count);
      String list = pageAt(cell.group(1).replace("&amp;", "&"));
      assertTrue(
          list.contains("<span>" + count + (count == 1 ? " gift" : " gifts") + "</span>"),
          () -> cell.group(1) + " lists " + count + " gifts");
    }
    assertEquals(
        Map.of("ru→kp", 4, "kp→ru", 2, "kp→kr", 1, "ru→us", 2, "kr→us", 4),
        cells,
        "the article's gifts and the U.S. register's declared ones");
    assertEquals(
        Map.of(
            "ru&amp;to=kp", 4,
            "kp&amp;to=ru", 2,
            "kp&amp;to=kr", 1,
            "ru&amp;to=us", 2,
            "kr&amp;to=us", 4),
        linkedCounts(flows, "href=\"[^\"]*/gifts\\?from=([a-z]+&amp;to=[a-z]+)\"\\s+aria-label"),
        "the table links the same counts");
  }

  @Test
  void countryPageChartsGiftsGivenAndReceivedPerYear() throws Exception {
    String northKorea = page("countries/kp", 200);
    assertContains(northKorea, "Gifts over time", "2018: 1 gift given", "2024: 2 gifts given");
    assertContains(northKorea, "2024: 4 gifts received");
    assertEquals(
        Map.of("2018", 1, "2024", 2),
        linkedCounts(northKorea, "href=\"[^\"]*/gifts\\?from=kp&amp;year=(\\d+)\" aria-label"));
    assertEquals(
        Map.of("2024", 4),
        linkedCounts(northKorea, "href=\"[^\"]*/gifts\\?to=kp&amp;year=(\\d+)\" aria-label"));
    assertContains(page("gifts?from=kp&year=2024", 200), "<span>2 gifts</span>");
    assertContains(page("gifts?to=kp&year=2024", 200), "<span>4 gifts</span>");
    assertContains(page("countries/kr", 200), "2018: 1 gift received");
  }

  @Test
  void photoPageShowsCaptionCreditDateLocationAndItsFile() throws Exception {
    String summit = page("summits/putin-kim-summit-pyongyang-2024", 200);
    Matcher photoLink = Pattern.compile("href=\"[^\"]*/photos/(\\d+)\"").matcher(summit);
    assertTrue(photoLink.find(), "the gallery links to photo pages");
    String photo = page("photos/" + photoLink.group(1), 200);
    assertContains(
        photo,
        "Placeholder",
        "19 June 2024",
        "Pyongyang",
        "North Korea",
        "Putin–Kim summit in Pyongyang");
    Matcher file = Pattern.compile("src=\"([^\"]*/files/[0-9a-f]{64}/w[0-9]+)\"").matcher(photo);
    assertTrue(file.find(), "the photo page shows a derivative of the file");
    HttpResponse<byte[]> image =
        HTTP.send(
            request(URI.create(base.toString()).resolve(file.group(1))),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode());
    assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
    assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    assertTrue(
        image.body().length > 1000
            && (image.body()[0] & 0xFF) == 0xFF
            && (image.body()[1] & 0xFF) == 0xD8,
        "a JPEG");
    String etag = image.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base.toString()).resolve(file.group(1)))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, again.statusCode(), "a cached photo is not sent again");

    HttpResponse<String> missing =
        HTTP.send(
            request(
                URI.create(base.toString())
                    .resolve(file.group(1).replaceAll("[0-9a-f]{64}", "0".repeat(64)))),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode(), "a photo without a file is still not found");
    assertEquals("image/svg+xml", missing.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        missing.body().contains("Photo file unavailable"),
        "but an image says so, instead of the browser's broken-image icon");
    assertEquals("no-cache", missing.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void aPhotoNamesWhoIsInItAndTheirPagesListThePhoto() throws Exception {
    String gift = page("gifts/pungsan-dogs-for-putin-2024", 200);
    Matcher photoLink = Pattern.compile("href=\"[^\"]*/photos/(\\d+)\"").matcher(gift);
    assertTrue(photoLink.find(), "the gift's gallery links the photo of the dogs");
    String id = photoLink.group(1);
    String photo = page("photos/" + id, 200);
    assertInOrder(
        photo,
        "In this photo:",
        "/people/kim-jong-un\"",
        "Kim Jong Un</a>, left",
        "Pair of Pungsan dogs</a>, centre",
        "/people/vladimir-putin\"",
        "Vladimir Putin</a>, right");
    Matcher boxes =
        Pattern.compile("<rect class=\"photo-box\" id=\"(region-\\d+)\"").matcher(photo);
    List<String> outlined = new ArrayList<>();
    while (boxes.find()) {
      outlined.add(boxes.group(1));
      assertTrue(
          photo.contains("data-region=\"" + boxes.group(1) + "\""),
          "each outline is lit by its name");
    }
    assertEquals(3, outlined.size(), "an outline per tag over the picture");
    assertContains(page("ko/photos/" + id, 200), "Kim Jong Un</a>(왼쪽)", "/ko/people/kim-jong-un");
    assertContains(page("ru/photos/" + id, 200), "Vladimir Putin</a>, справа");

    String kim = page("people/kim-jong-un", 200);
    assertInOrder(kim, "Photos of Kim Jong Un", "/photos/" + id + "\"");
    assertFalse(
        page("people/yuri-ushakov", 200).contains("Photos of"), "no section for the untagged");
  }

  @Test
  void galleriesOpenInIiifViewersThroughValidManifests() throws Exception {
    String summit = page("summits/putin-kim-summit-pyongyang-2024", 200);
    Matcher link =
        Pattern.compile("href=\"([^\"]*/iiif/summits/putin-kim-summit-pyongyang-2024/manifest)\"")
            .matcher(summit);
    assertTrue(link.find(), "the gallery links its manifest");
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base.toString()).resolve(link.group(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    assertEquals(
        "*",
        response.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
        "open to viewers elsewhere");
    JsonNode manifest = new ObjectMapper().readTree(response.body());
    assertEquals(3, manifest.get("items").size(), "a canvas per photo");
    assertEquals(
        "KCNA via REUTERS",
        manifest
            .get("items")
            .get(1)
            .get("requiredStatement")
            .get("value")
            .get("en")
            .get(0)
            .asText());
    String painted =
        manifest
            .get("items")
            .get(0)
            .get("items")
            .get(0)
            .get("items")
            .get(0)
            .get("body")
            .get("id")
            .asText();
    HttpResponse<byte[]> image =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(painted)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode(), painted);
    assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));

    List<String> tagged = new ArrayList<>();
    for (JsonNode canvas : manifest.get("items")) {
      for (JsonNode page : canvas.path("annotations")) {
        for (JsonNode tag : page.get("items")) {
          assertEquals("tagging", tag.get("motivation").asText());
          assertTrue(
              tag.get("target").asText().startsWith(canvas.get("id").asText() + "#xywh="),
              "a tag targets a region of its canvas");
          tagged.add(tag.get("body").get(0).get("value").asText());
        }
      }
    }
    assertEquals(
        List.of("Kim Jong Un", "Pair of Pungsan dogs", "Vladimir Putin"),
        tagged,
        "the photo of the dogs carries its tags as annotations");

    Path schemaFile = Path.of("..", "shared", "data", "schemas", "iiif-presentation-3.json");
    Assumptions.assumeTrue(
        Files.exists(schemaFile), "the IIIF schema is not beside the project; validation skipped");
    JsonSchema schema;
    try (var in = Files.newInputStream(schemaFile)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    Set<ValidationMessage> problems = schema.validate(manifest);
    assertTrue(problems.isEmpty(), () -> "the manifest breaks the IIIF schema: " + problems);
    HttpResponse<String> missing =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "iiif/summits/no-such-summit/manifest"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
  }

  @Test
  void everyPublicPageDescribesItselfWithJsonLdACanonicalLinkAndPreviewTags() throws Exception {
    String summitPage = page("summits/putin-kim-summit-pyongyang-2024", 200);
    Matcher photoLink = Pattern.compile("href=\"[^\"]*/photos/(\\d+)\"").matcher(summitPage);
    assertTrue(photoLink.find());
    String photoPath = "photos/" + photoLink.group(1);
    Map<String, String> types = new java.util.LinkedHashMap<>();
    types.put("", "WebSite");
    types.put("summits", "CollectionPage");
    types.put("summits?order=oldest", "CollectionPage");
    types.put("gifts?category=animal", "CollectionPage");
    types.put("people", "CollectionPage");
    types.put("countries", "CollectionPage");
    types.put("summits/putin-kim-summit-pyongyang-2024", "Event");
    types.put("gifts/aurus-limousine-2024", "Product");
    types.put("people/kim-jong-un", "Person");
    types.put("countries/kp", "Country");
    types.put(photoPath, "ImageObject");
    for (Map.Entry<String, String> expected : types.entrySet()) {
      String path = expected.getKey();
      String html = page(path, 200);
      JsonObject json = jsonLd(html, path);
      String type =
          json.containsKey("@graph")
              ? json.getJsonArray("@graph").getJsonObject(0).getString("@type")
              : json.getString("@type");
      assertEquals(expected.getValue(), type, "JSON-LD type of /" + path);
      assertEquals("https://schema.org", json.getString("@context"));
      String canonical = base + path.replace("&", "&amp;");
      assertEquals(canonical, attribute(html, "link rel=\"canonical\" href"), "/" + path);
      assertEquals(canonical, attribute(html, "meta property=\"og:url\" content"), "/" + path);
      for (String tag :
          List.of(
              "meta property=\"og:title\" content",
              "meta property=\"og:type\" content",
              "meta property=\"og:description\" content",
              "meta name=\"twitter:card\" content",
              "meta name=\"twitter:title\" content")) {
        assertFalse(attribute(html, tag).isBlank(), tag + " on /" + path);
      }
    }

    JsonObject event = jsonLd(summitPage, "summit");
    assertEquals("Putin–Kim summit in Pyongyang", event.getString("name"));
    assertEquals("2024-06-19", event.getString("startDate"));
    assertEquals("2024-06-19", event.getString("endDate"));
    assertEquals("Place", event.getJsonObject("location").getString("@type"));
    assertEquals(
        "KP", event.getJsonObject("location").getJsonObject("address").getString("addressCountry"));
    assertTrue(
        event.getJsonArray("attendee").stream()
            .map(a -> a.asJsonObject().getString("@id"))
            .anyMatch(id -> id.equals(base + "people/kim-jong-un")),
        "attendees are linked to their pages");
    assertTrue(
        attribute(summitPage, "meta property=\"og:image\" content").startsWith(base + "files/"),
        "a summit with photos offers one to previews");
    assertEquals(
        "summary_large_image", attribute(summitPage, "meta name=\"twitter:card\" content"));

    JsonObject gift = jsonLd(page("gifts/aurus-limousine-2024", 200), "gift");
    JsonObject given = gift.getJsonArray("@graph").getJsonObject(1);
    assertEquals("GiveAction", given.getString("@type"));
    assertEquals(base + "people/vladimir-putin", given.getJsonObject("agent").getString("@id"));
    assertEquals(base + "people/kim-jong-un", given.getJsonObject("recipient").getString("@id"));
    var subjects = gift.getJsonArray("@graph").getJsonObject(0).getJsonArray("subjectOf");
    assertEquals(
        base + "summits/putin-kim-summit-pyongyang-2024",
        subjects.getJsonObject(0).getString("@id"),
        "the summit it was given at comes first");
    JsonObject claim = subjects.getJsonObject(1);
    assertEquals("Claim", claim.getString("@type"), "then the claims its sources make");
    assertEquals("giver", claim.getString("name"));
    assertEquals("reported", claim.getString("creativeWorkStatus"));
    assertEquals(
        "CBS News", claim.getJsonObject("appearance").getJsonObject("publisher").getString("name"));

    JsonObject person = jsonLd(page("people/kim-jong-un", 200), "person");
    assertEquals("Kim Jong Un", person.getString("name"));
    assertEquals(base + "countries/kp", person.getJsonObject("nationality").getString("@id"));
    assertEquals(
        "summary",
        attribute(page("people/kim-jong-un", 200), "meta name=\"twitter:card\" content"));

    assertFalse(
        page("no-such-page", 404).contains("rel=\"canonical\""), "error pages claim no address");
  }

  private static JsonObject jsonLd(String html, String where) {
    Matcher script =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(html);
    assertTrue(script.find(), "JSON-LD on " + where);
    JsonObject json = Json.createReader(new StringReader(script.group(1))).readObject();
    assertFalse(script.find(), "one JSON-LD script on " + where);
    return json;
  }

  /** The value of the first {@code <tag attr="...">} such as {@code link rel="canonical" href}. */
  private static String attribute(String html, String tagAndAttribute) {
    Matcher value =
        Pattern.compile("<" + Pattern.quote(tagAndAttribute) + "=\"([^\"]*)\"").matcher(html);
    assertTrue(value.find(), () -> "expected <" + tagAndAttribute + "=…>");
    return value.group(1);
  }

  @Test
  void stylesAreServedByTheAppWithLongCaching() throws Exception {
    String home = page("", 200);
    Matcher css =
        Pattern.compile("href=\"([^\"]*/static/css/site\\.css\\?v=[^\"]+)\"").matcher(home);
    assertTrue(css.find(), "the layout links the stylesheet");
    HttpResponse<String> response =
        HTTP.send(
            request(URI.create(base.toString()).resolve(css.group(1).replace("&amp;", "&"))),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertTrue(
        response.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
    assertFalse(
        home.contains("<script>") || home.contains(" style=\""), "no inline script or style");
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        List.of(
            "",
            "gifts",
            "no/such/page",
            "gifts?page=abc",
            "api/v1/gifts",
            "api/v1/nothing",
            "feed.atom",
            "sitemap.xml",
            "robots.txt",
            "oai?verb=Identify",
            "iiif/summits/putin-kim-summit-pyongyang-2024/manifest",
            "sign-in")) {
      HttpResponse<String> response = get(path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(
          csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
          "/" + path + ": " + csp);
      assertFalse(csp.contains("unsafe"), "/" + path + ": no unsafe-inline or unsafe-eval");
      assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), "/" + path);
      assertEquals(
          "nosniff",
          response.headers().firstValue("X-Content-Type-Options").orElse(""),
          "/" + path);
      assertEquals(
          "strict-origin-when-cross-origin",
          response.headers().firstValue("Referrer-Policy").orElse(""),
          "/" + path);
      assertTrue(
          response.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"),
          "/" + path);
      assertTrue(
          response.headers().firstValue("Strict-Transport-Security").isEmpty(),
          "no HSTS without an https public address: /" + path);
    }
    assertEquals(
        "no-store",
        get("sign-in").headers().firstValue("Cache-Control").orElse(""),
        "the sign-in page is kept by no cache");
  }

  @Test
  void publicPagesOpenNoSessionAndTheCacheRepeatsNothingPersonal() throws Exception {
    HttpResponse<Void> head =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "summits"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertEquals(200, head.statusCode());
    assertEquals(List.of(), head.headers().allValues("Set-Cookie"), "HEAD opens no session");
    HttpResponse<String> hit = get("people");
    for (int tries = 0; tries < 40 && !"hit".equals(xCache(hit)); tries++) {
      Thread.sleep(250);
      hit = get("people?utm_source=newsletter&fbclid=" + tries);
    }
    assertEquals("hit", xCache(hit), "parameters no page reads do not make another page");
    assertTrue(
        hit.headers().firstValue("X-CSRF-TOKEN").isEmpty(),
        "no visitor's CSRF token is handed to the next");
  }

  @Test
  void publicAnswersCarryValidatorsAndAnUnchangedOneIsNotSentAgain() throws Exception {
    SteadyArchive.await(base.toURI(), "summits");
    for (String path :
        List.of(
            "gifts/aurus-limousine-2024",
            "summits",
            "search?q=dog",
            "feed.atom",
            "sitemap.xml",
            "oai?verb=Identify",
            "iiif/summits/putin-kim-summit-pyongyang-2024/manifest")) {
      HttpResponse<String> first =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, first.statusCode(), path);
      String tag = first.headers().firstValue("ETag").orElse("");
      assertTrue(tag.startsWith("W/\""), path + ": " + tag);
      assertTrue(first.headers().firstValue("Last-Modified").isPresent(), path);
      assertTrue(
          first.headers().firstValue("Content-Length").isPresent(),
          path + ": sent whole, not in chunks");
      String control = first.headers().firstValue("Cache-Control").orElse("");
      assertTrue(
          control.startsWith("public, max-age=")
              && control.contains("s-maxage=")
              && control.contains("stale-while-revalidate=")
              && control.contains("stale-if-error="),
          path + ": " + control);
      assertTrue(first.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"), path);
      HttpResponse<String> again =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path)).header("If-None-Match", tag).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(304, again.statusCode(), path);
      assertEquals("", again.body());
      assertEquals(tag, again.headers().firstValue("ETag").orElse(""));
      HttpResponse<String> since =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("If-Modified-Since", first.headers().firstValue("Last-Modified").get())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(304, since.statusCode(), path);
    }
    HttpResponse<byte[]> zipped =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "summits/putin-kim-summit-pyongyang-2024"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(
        zipped.body().length < 8 * 1024,
        "a summit page compressed: " + zipped.body().length + " bytes");
  }

  @Test
  void anEntrysAddressAnswersWithItsPageItsJsonLdOrItsApiTwin() throws Exception {
    for (String path :
        List.of(
            "summits/putin-kim-summit-pyongyang-2024",
            "gifts/aurus-limousine-2024",
            "people/kim-jong-un",
            "countries/kp")) {
      String api = "api/v1/" + path;
      HttpResponse<String> page = get(path);
      assertEquals(200, page.statusCode(), path);
      assertTrue(page.body().contains("<link rel=\"alternate\" type=\"application/ld+json\""));
      assertTrue(page.body().contains("type=\"application/json\" href=\"" + base + api + "\""));
      String link = page.headers().firstValue("Link").orElse("");
      assertTrue(link.contains("<" + base + path + ">; rel=\"canonical\""), path + ": " + link);
      assertTrue(link.contains("type=\"application/ld+json\""), link);
      assertTrue(link.contains("<" + base + api + ">; rel=\"alternate\""), link);

      for (int visit = 0; visit < 3; visit++) {
        HttpResponse<String> linked = getAccepting(path, "application/ld+json");
        assertEquals(200, linked.statusCode(), path);
        assertTrue(
            linked
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/ld+json"),
            path);
        assertTrue(linked.body().startsWith("{\"@context\":\"https://schema.org\""), path);
        assertTrue(linked.body().contains("\"@id\":\"" + base + path + "\""), linked.body());
        assertNotEquals(
            page.headers().firstValue("ETag").orElse(""),
            linked.headers().firstValue("ETag").orElse(""),
            "a page and its JSON-LD are different answers to a cache");
      }
      assertTrue(get(path).body().startsWith("<!DOCTYPE html>"), "the page after its twins");

      HttpResponse<String> data = getAccepting(path, "application/json");
      assertEquals(303, data.statusCode(), path);
      assertEquals(
          base.getPath() + api, data.headers().firstValue("Location").orElse(""), "sent on");
      HttpResponse<String> followed = getAccepting(api, "application/json");
      assertEquals(200, followed.statusCode(), api);
    }
    assertEquals(
        200,
        getAccepting("gifts/aurus-limousine-2024", "text/html,*/*;q=0.8").statusCode(),
        "what browsers send");
    assertEquals(404, getAccepting("gifts/no-such-gift", "application/ld+json").statusCode());
  }

  private HttpResponse<String> getAccepting(String path, String accept)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void openDataCanBeReadFromOtherSites() throws Exception {
    for (String path : List.of("api/v1/gifts", "feed.atom", "sitemap.xml", "oai?verb=Identify")) {
      HttpResponse<String> answer = get(path);
      assertEquals(
          "*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
      assertTrue(answer.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }
    HttpResponse<String> preflight =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/gifts"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://portal.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(204, preflight.statusCode());
    assertTrue(
        preflight
            .headers()
            .firstValue("Access-Control-Allow-Headers")
            .orElse("")
            .contains("If-None-Match"));
    assertTrue(
        get("").headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
        "pages are not open data");
  }

  @Test
  void whatCannotBeAPageIsRefusedBeforeItIsRead() throws Exception {
    String root = base.getPath();
    String badHost =
        raw("GET " + root + " HTTP/1.1\r\nHost: bad host[\r\nConnection: close\r\n\r\n");
    assertTrue(badHost.startsWith("HTTP/1.1 400"), badHost);
    assertFalse(badHost.contains("Exception"), "no stack trace");

    String huge =
        raw(
            "POST "
                + root
                + "sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                + " application/x-www-form-urlencoded\r\nContent-Length: 104857600\r\n\r\n"
                + "username=a&password=");
    assertTrue(huge.startsWith("HTTP/1.1 413"), huge);
    assertTrue(huge.contains("not read and nothing was changed"), huge);
    String chunked =
        raw(
            "POST "
                + root
                + "oai HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                + " application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nverb=\r\n");
    assertTrue(chunked.startsWith("HTTP/1.1 411"), chunked);

    String words = "a.%EA%B9%80.%D0%B6,".repeat(40);
    assertContains(page("search?q=" + words, 400), "too many words");
    HttpResponse<String> api =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/search?q=" + words))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, api.statusCode(), api.body());
    assertTrue(api.body().contains("too many words"), api.body());
  }

  private String raw(String request) {
    return RawRequest.send(base.getPort(), request);
  }

  private static String xCache(HttpResponse<?> response) {
    return response.headers().firstValue("X-Cache").orElse("");
  }

  @Test
  void unknownAddressesGetAFriendly404() throws Exception {
    for (String path :
        List.of(
            "gifts/no-such-gift",
            "summits/nope",
            "people/nobody",
            "countries/zz",
            "photos/999999999",
            "photos/abc",
            "no/such/page",
            "static/../WEB-INF/web.xml")) {
      String body = page(path, 404);
      assertContains(body, "Page not found", "Go to the home page");
    }
  }

  @Test
  void badParametersGetA400OrAClampedPageNeverAnError() throws Exception {
    assertContains(page("gifts?page=abc", 400), "The page number must be a whole number");
    assertContains(page("gifts?year=99999", 400), "between 1 and 9999");
    assertContains(page("gifts?category=no-such-thing", 400), "There is no gift category");
    assertContains(page("summits?order=sideways", 400), "newest");
    assertContains(page("gifts?page=-1", 200), "13 gifts");
    assertContains(page("gifts?page=99999999999", 200), "13 gifts");
    assertContains(page("summits?page=0", 200), "Inter-Korean summit");
  }

  @Test
  void textFromTheAddressIsEscaped() throws Exception {
    String body = page("gifts?category=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 400);
    assertFalse(
        body.contains("<script>alert(1)</script>"), "the parameter is not rendered as markup");
    assertContains(body, "&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void searchFindsGiftsAndPeopleByAnyNameInAnyScriptAndNarrowsByFacets() throws Exception {
    String kim = searchPage("Kim+Jong+Un", "/people/kim-jong-un");
    assertContains(kim, "<mark>Kim</mark>", "Narrow the results", "Gifts", "People");
    searchPage(encode("김정은"), "/people/kim-jong-un");
    searchPage(encode("Ким Чен Ын"), "/people/kim-jong-un");
    String dogs = searchPage("Pungsan", "/gifts/pungsan-dogs-for-putin-2024");
    Matcher first = Pattern.compile("class=\"hit__title\">\\s*<a href=\"([^\"]+)\"").matcher(dogs);
    assertTrue(first.find());
    assertTrue(
        first.group(1).contains("/gifts/"), "a gift titled Pungsan comes first: " + first.group(1));
    searchPage("limousines", "/gifts/aurus-limousine-2024");
    String giftsOnly = page("search?q=Putin&type=gift&from=ru", 200);
    assertContains(giftsOnly, "Narrowed to", "results for “Putin”");
    assertContains(giftsOnly, "Kind: Gifts", "Given by: Russia");
    assertFalse(giftsOnly.contains("Given by: RU"), "the chosen country is named, not coded");
    assertFalse(
        giftsOnly.contains("href=\"" + base.getPath() + "people/"), "only gifts are listed");
    String misspelt = page("search?q=limusine", 200);
    assertContains(misspelt, "Did you mean", "limousine", "Nothing was found");
    assertContains(page("search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200), "&lt;script&gt;");
    assertContains(page("search?q=kim&type=spaceships", 400), "nothing of the kind");
    assertContains(page("search?q=kim&decade=1995", 400), "first year");
    assertContains(page("gifts", 200), "role=\"search\"", "name=\"q\"");
  }

  /** The search page for {@code query} once the index has caught up and lists {@code path}. */
  private String searchPage(String query, String path) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    String body;
    do {
      body = page("search?q=" + query, 200);
      if (body.contains("href=\"" + base.getPath() + path.substring(1) + "\"")) {
        return body;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("search for " + query + " did not list " + path);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void everyPageTypeIsValidHtml() throws Exception {
    String summit = page("summits/putin-kim-summit-pyongyang-2024", 200);
    Matcher photoLink = Pattern.compile("href=\"[^\"]*/photos/(\\d+)\"").matcher(summit);
    assertTrue(photoLink.find());
    List<String> failures = new ArrayList<>();
    for (String path :
        List.of(
            "",
            "summits",
            "summits/putin-kim-summit-pyongyang-2024",
            "gifts",
            "gifts?category=animal",
            "gifts?from=kr",
            "gifts/aurus-limousine-2024",
            "gifts/aurus-limousine-2024-02",
            "people",
            "people/kim-jong-un",
            "countries",
            "countries/kp",
            "timeline",
            "timeline?year=2024",
            "map",
            "map?region=east-asia",
            "map?region=europe",
            "flows",
            "sources",
            "photos",
            "photos?credit=KCNA+via+REUTERS&year=2024",
            "stories",
            "stories/pyongyang-june-2024-a-limousine-for-a-pair-of-dogs",
            "photos/" + photoLink.group(1),
            "no-such-page",
            "gifts?page=abc",
            "search",
            "search?q=kim",
            "search?q=Putin&type=gift&from=ru",
            "search?q=zzzzqqq")) {
      HttpResponse<String> response = get(path);
      for (String error : HtmlChecker.errors(response.body())) {
        failures.add("/" + path + ": " + error);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The menu is drawn once per language and section and then kept: each page must still mark its
   * own section, in its own language, whatever page was drawn before it.
   */
  @Test
  void theMenuMarksEachPagesSectionInThePagesLanguage() throws Exception {
    String[][] visits = {
      {"gifts", "/gifts", "Gifts"},
      {"summits/putin-kim-summit-pyongyang-2024", "/summits", "Summits"},
      {"", null, null},
      {"ko/people", "/ko/people", "인물"},
      {"ko/", null, null},
      {"search?q=dog", null, null},
      {"ru/timeline", "/ru/timeline", "Хронология"},
      {"gifts?category=vehicle", "/gifts", "Gifts"},
      {"ko/gifts", "/ko/gifts", "선물"},
    };
    Pattern current =
        Pattern.compile("<a href=\"([^\"]*)\"[^>]*aria-current=\"page\"[^>]*>([^<]*)</a>");
    for (String[] visit : visits) {
      for (int time = 0; time < 2; time++) {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + visit[0]))
                    .header("Accept", "text/html")
                    .header("Cache-Control", "no-cache")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "status of /" + visit[0]);
        String body = response.body();
        int from = body.indexOf("<nav class=\"site-nav\"");
        assertTrue(from >= 0, "a menu on /" + visit[0]);
        String menu = body.substring(from, body.indexOf("</nav>", from));
        Matcher marked = current.matcher(menu);
        if (visit[1] == null) {
          assertFalse(marked.find(), "no section marked on /" + visit[0] + ": " + menu);
          continue;
        }
        assertTrue(marked.find(), "a section marked on /" + visit[0]);
        assertTrue(
            marked.group(1).endsWith(visit[1]),
            "/" + visit[0] + " marks " + marked.group(1) + ", not " + visit[1]);
        assertEquals(visit[2], marked.group(2), "the marked section's name on /" + visit[0]);
        assertFalse(marked.find(), "one section marked on /" + visit[0]);
      }
    }
  }

  private String page(String path, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertEquals(expectedStatus, response.statusCode(), "status of /" + path);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        "HTML at /" + path);
    assertFalse(
        response.body().contains("Exception") || response.body().contains("at org."),
        "no stack trace at /" + path);
    return response.body();
  }

  /** A page by the address a link gave, such as "/gifts?from=ru&to=kp". */
  private String pageAt(String href) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            request(URI.create(base.toString()).resolve(href)),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "status of " + href);
    return response.body();
  }

  /**
   * The numbers shown by the links matching {@code linkStart} (an href and the opening of its
   * aria-label), keyed by what the pattern's group captured of the address.
   */
  private static Map<String, Integer> linkedCounts(String body, String linkStart) {
    Matcher link = Pattern.compile(linkStart + "=\"[^\"]*\"\\s*>([0-9,]+)</a>").matcher(body);
    Map<String, Integer> counts = new HashMap<>();
    while (link.find()) {
      counts.put(link.group(1), Integer.parseInt(link.group(2).replace(",", "")));
    }
    return counts;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(request(URI.create(base + path)), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "text/html").build();
  }

  private static void assertContains(String body, String... expected) {
    for (String text : expected) {
      assertTrue(body.contains(text), () -> "expected “" + text + "” in the page");
    }
  }

  private static void assertInOrder(String body, String... expected) {
    int from = 0;
    for (String text : expected) {
      int at = body.indexOf(text, from);
      assertTrue(at >= 0, () -> "expected “" + text + "” after position in page");
      from = at + text.length();
    }
  }
}
