package org.summitry.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.testing.HtmlChecker;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The archive's data for other systems, against the real WAR configured with a public address
 * ({@code SUMMITRY_PUBLIC_URL}) other than the one the tests reach it by: JSON-LD that no title
 * breaks out of, the Atom feed, sitemaps (an index past a small per-file limit), robots.txt, and
 * every OAI-PMH verb and error, with a harvest that follows resumption tokens to the end; a summit
 * published and then unpublished is a tombstone on its page, a deleted record in OAI-PMH and an
 * {@code at:deleted-entry} in the feed.
 */
class OpenDataIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final String PUBLIC = "http://summitry.test/archive/";
  private static final String HOSTILE = "Talks </script><script>alert(1)</script> <!-- end";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
  private static final String WITHDRAWN = "Talks <em>called off</em>";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static PayaraMicroProcess app;
  private static String hostileSlug;
  private static String draftSlug;
  private static String withdrawnSlug;
  private static String withdrawnIdentifier;

  @BeforeAll
  static void start() throws Exception {
    Path data =
        Files.createDirectories(Path.of("target", "open-" + UUID.randomUUID()).toAbsolutePath());
    Map<String, String> environment =
        Map.of(
            "SUMMITRY_DATA_DIR",
            data.toString(),
            "SUMMITRY_PUBLISH_REQUIRES_SOURCE",
            "false",
            "SUMMITRY_ADMIN_PASSWORD",
            PASSWORD,
            "SUMMITRY_PUBLIC_URL",
            PUBLIC,
            "SUMMITRY_SITEMAP_URLS_PER_FILE",
            "10",
            "SUMMITRY_OAI_PAGE_SIZE",
            "2");
    String port = System.getProperty("summitry.it.port");
    app =
        port == null
            ? PayaraMicroProcess.start("open-data", environment)
            : PayaraMicroProcess.start("open-data", environment, Integer.parseInt(port));
    WebSession admin = new WebSession(app);
    assertEquals(303, admin.signIn("admin", PASSWORD).statusCode());
    // Withdrawn before the hostile summit is published, so that one stays the latest change.
    String withdrawn = createSummit(admin, WITHDRAWN);
    assertEquals(303, admin.submit(withdrawn, withdrawn + "/publish", Map.of()).statusCode());
    assertEquals(303, admin.submit(withdrawn, withdrawn + "/unpublish", Map.of()).statusCode());
    withdrawnSlug = slug(admin, withdrawn);
    withdrawnIdentifier =
        "oai:summitry.test:summit/" + withdrawn.substring(withdrawn.lastIndexOf('/') + 1);
    String hostile = createSummit(admin, HOSTILE);
    assertEquals(303, admin.submit(hostile, hostile + "/publish", Map.of()).statusCode());
    hostileSlug = slug(admin, hostile);
    draftSlug = slug(admin, createSummit(admin, "Secret draft summit"));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aTitleWithScriptTagsCannotBreakOutOfTheJsonLd() {
    HttpResponse<String> page = app.get("summits/" + hostileSlug);
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertFalse(html.contains("<script>alert(1)</script>"), "the title is never markup");
    Matcher script =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(html);
    assertTrue(script.find());
    JsonObject event = Json.createReader(new StringReader(script.group(1))).readObject();
    assertEquals("Event", event.getString("@type"));
    assertEquals(HOSTILE, event.getString("name"), "the script holds the whole title");
    assertEquals(PUBLIC + "summits/" + hostileSlug, event.getString("@id"));
    assertTrue(
        html.contains(
            "<link rel=\"canonical\" href=\"" + PUBLIC + "summits/" + hostileSlug + "\">"),
        "the canonical link uses SUMMITRY_PUBLIC_URL");
    assertTrue(
        html.contains("rel=\"alternate\" type=\"application/atom+xml\""),
        "pages point at the feed");
  }

  @Test
  void theFeedIsAtomWithTheLatestPublicChangesOnly() throws Exception {
    HttpResponse<String> response = app.get("feed.atom");
    assertEquals(200, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/atom+xml"));
    Element feed = xml(response.body()).getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    assertFalse(text(feed, ATOM, "id").isBlank());
    assertFalse(text(feed, ATOM, "title").isBlank());
    OffsetDateTime.parse(text(feed, ATOM, "updated"));
    assertFalse(children(feed, ATOM, "author").isEmpty(), "a feed-level author");
    assertTrue(
        children(feed, ATOM, "link").stream()
            .anyMatch(
                l ->
                    l.getAttribute("rel").equals("self")
                        && l.getAttribute("href").equals(PUBLIC + "feed.atom")));
    List<Element> entries = children(feed, ATOM, "entry");
    assertTrue(!entries.isEmpty() && entries.size() <= 50, "entries: " + entries.size());
    Set<String> ids = new HashSet<>();
    List<String> titles = new ArrayList<>();
    Instant previous = Instant.MAX;
    for (Element entry : entries) {
      String id = text(entry, ATOM, "id");
      assertTrue(id.startsWith("tag:summitry.test,"), id);
      assertTrue(ids.add(id), "ids are unique: " + id);
      titles.add(text(entry, ATOM, "title"));
      Instant updated = OffsetDateTime.parse(text(entry, ATOM, "updated")).toInstant();
      assertFalse(updated.isAfter(previous), "newest first");
      previous = updated;
      assertTrue(
          children(entry, ATOM, "link").get(0).getAttribute("href").startsWith(PUBLIC),
          "entries link to public pages");
      assertFalse(text(entry, ATOM, "summary").isBlank());
    }
    assertEquals("Summit: " + HOSTILE, titles.get(0), "the latest change comes first");
    assertEquals(
        1,
        titles.stream().filter(t -> t.equals("Summit: " + HOSTILE)).count(),
        "its edits as a draft are not announced, only its publication");
    assertTrue(titles.contains("Gift: Tea set"), () -> "seed entries are there: " + titles);
    assertFalse(
        String.join("\n", titles).contains("Secret draft summit"), "drafts are not announced");
    assertFalse(
        String.join("\n", titles).contains(WITHDRAWN), "a withdrawn entry's changes are gone");
    List<Element> tombstones = children(feed, TOMBSTONES, "deleted-entry");
    assertEquals(1, tombstones.size(), "the one withdrawal is marked");
    assertEquals(PUBLIC + "summits/" + withdrawnSlug, tombstones.get(0).getAttribute("ref"));
    OffsetDateTime.parse(tombstones.get(0).getAttribute("when"));
    assertTrue(
        text(tombstones.get(0), TOMBSTONES, "comment").contains(WITHDRAWN),
        "the comment names what was withdrawn");
  }

  @Test
  void aPersonsFeedFollowsTheirGiftsAndSummitsOnlyAndNeverADraft() throws Exception {
    WebSession curator = new WebSession(app);
    assertEquals(303, curator.signIn("admin", PASSWORD).statusCode());
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", "Unannounced draft gift");
    typed.put("giver", "kim-jong-un");
    typed.put("giverCountry", "KP");
    typed.put("recipient", "vladimir-putin");
    typed.put("recipientCountry", "RU");
    HttpResponse<String> created = curator.submit("admin/gifts/new", "admin/gifts/new", typed);
    assertEquals(303, created.statusCode(), created.body());

    HttpResponse<String> response = app.get("people/kim-jong-un/feed.atom");
    assertEquals(200, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/atom+xml"));
    assertTrue(response.headers().firstValue("ETag").isPresent(), "validated like the site feed");
    Element feed = xml(response.body()).getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    assertEquals(PUBLIC + "people/kim-jong-un/feed.atom", text(feed, ATOM, "id"));
    assertTrue(text(feed, ATOM, "title").contains("Kim Jong Un"));
    OffsetDateTime.parse(text(feed, ATOM, "updated"));
    assertFalse(children(feed, ATOM, "author").isEmpty(), "a feed-level author");
    List<String> links = new ArrayList<>();
    children(feed, ATOM, "link")
        .forEach(l -> links.add(l.getAttribute("rel") + " " + l.getAttribute("href")));
    assertTrue(links.contains("self " + PUBLIC + "people/kim-jong-un/feed.atom"), links::toString);
    assertTrue(links.contains("alternate " + PUBLIC + "people/kim-jong-un"), links::toString);
    List<Element> entries = children(feed, ATOM, "entry");
    assertTrue(!entries.isEmpty() && entries.size() <= 50, "entries: " + entries.size());
    Set<String> ids = new HashSet<>();
    List<String> titles = new ArrayList<>();
    Instant previous = Instant.MAX;
    for (Element entry : entries) {
      assertTrue(ids.add(text(entry, ATOM, "id")), "ids are unique");
      titles.add(text(entry, ATOM, "title"));
      Instant updated = OffsetDateTime.parse(text(entry, ATOM, "updated")).toInstant();
      assertFalse(updated.isAfter(previous), "newest first");
      previous = updated;
      assertTrue(children(entry, ATOM, "link").get(0).getAttribute("href").startsWith(PUBLIC));
      assertFalse(text(entry, ATOM, "summary").isBlank());
    }
    assertTrue(titles.contains("Gift: Aurus limousine (Kim's second)"), titles::toString);
    assertTrue(titles.contains("Person: Kim Jong Un"), "the person themselves");
    assertTrue(titles.contains("Summit: Inter-Korean summit in Pyongyang"), "a summit attended");
    assertFalse(titles.contains("Person: Moon Jae-in"), "the other side of a summit is not his");
    assertFalse(titles.contains("Country: South Korea"), titles::toString);
    assertFalse(titles.contains("Summit: " + HOSTILE), "unrelated summits are left out");
    assertFalse(String.join("\n", titles).contains("Unannounced draft gift"), "drafts never");

    Element moon = xml(app.get("people/moon-jae-in/feed.atom").body()).getDocumentElement();
    List<String> moons = new ArrayList<>();
    children(moon, ATOM, "entry").forEach(e -> moons.add(text(e, ATOM, "title")));
    assertTrue(moons.contains("Gift: Pair of Pungsan dogs"), moons::toString);
    assertFalse(moons.contains("Gift: Aurus limousine (Kim's second)"), moons::toString);

    List<String> northKorea = feedTitles("countries/kp/feed.atom");
    assertTrue(northKorea.contains("Country: North Korea"), northKorea::toString);
    assertTrue(northKorea.contains("Person: Kim Jong Un"), "its people");
    assertTrue(northKorea.contains("Summit: Inter-Korean summit in Pyongyang"), "summits hosted");
    assertFalse(northKorea.contains("Person: Moon Jae-in"), northKorea::toString);
    List<String> interKorean = feedTitles("summits/inter-korean-summit-pyongyang-2018/feed.atom");
    assertTrue(interKorean.contains("Gift: Pair of Pungsan dogs"), interKorean::toString);
    assertFalse(interKorean.contains("Gift: Tea set"), "a gift of another summit");
    assertTrue(
        feedTitles("summits/putin-kim-summit-pyongyang-2024/feed.atom").stream()
            .anyMatch(t -> t.startsWith("Photograph: ")),
        "a summit's feed tells of its photos");
    assertEquals(404, app.get("people/no-such-person/feed.atom").statusCode());
    assertEquals(404, app.get("summits/" + draftSlug + "/feed.atom").statusCode(), "no drafts");

    String page = app.get("people/kim-jong-un").body();
    assertTrue(
        Pattern.compile(
                "<link rel=\"alternate\" type=\"application/atom\\+xml\""
                    + " href=\"[^\"]*/people/kim-jong-un/feed.atom\"")
            .matcher(page)
            .find(),
        "the page's head names its feed");
    assertTrue(page.contains(">Follow changes (Atom)</a>"), "and the page offers it");
  }

  @Test
  void aWithdrawnSummitsPageIsGoneWithATombstoneAndADraftsIsNotFound() {
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> gone = app.get("summits/" + withdrawnSlug);
      assertEquals(410, gone.statusCode(), "410 Gone, every time: the page cache keeps none");
      assertFalse(gone.headers().firstValue("ETag").isPresent(), "no validators");
      assertTrue(
          gone.body().contains("<h1>Talks &lt;em&gt;called off&lt;/em&gt;</h1>"),
          "the title it had, escaped");
      assertTrue(gone.body().contains("Withdrawn on"));
      assertTrue(
          Pattern.compile("href=\"[^\"]*/summits\"").matcher(gone.body()).find(),
          "a way back into the archive");
      assertEquals(List.of(), HtmlChecker.errors(gone.body()));
    }
    HttpResponse<String> draft = app.get("summits/" + draftSlug);
    assertEquals(404, draft.statusCode(), "a draft never published is not found");
    assertFalse(draft.body().contains("Secret draft summit"), "and its title is not told");
    assertEquals(404, app.get("summits/no-such-summit").statusCode());
  }

  @Test
  void theSitemapIsAnIndexPastItsLimitAndListsEveryPublicPage() throws Exception {
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(OpenDataIT.class.getResource("sitemap.xsd"));
    HttpResponse<String> index = app.get("sitemap.xml");
    assertEquals(200, index.statusCode());
    Document indexXml = xml(index.body());
    schema.newValidator().validate(new DOMSource(indexXml));
    assertEquals("sitemapindex", indexXml.getDocumentElement().getLocalName());
    List<String> locs = new ArrayList<>();
    List<Element> sitemaps = children(indexXml.getDocumentElement(), SITEMAP, "sitemap");
    assertTrue(sitemaps.size() >= 3, "more than 10 pages make several files");
    for (Element sitemap : sitemaps) {
      String loc = text(sitemap, SITEMAP, "loc");
      assertTrue(loc.matches(Pattern.quote(PUBLIC) + "sitemap-[0-9]+\\.xml"), loc);
      HttpResponse<String> part = app.get(loc.substring(PUBLIC.length()));
      assertEquals(200, part.statusCode(), loc);
      Document urlset = xml(part.body());
      schema.newValidator().validate(new DOMSource(urlset));
      List<Element> urls = children(urlset.getDocumentElement(), SITEMAP, "url");
      assertTrue(urls.size() <= 10 && !urls.isEmpty());
      for (Element url : urls) {
        String page = text(url, SITEMAP, "loc");
        locs.add(page);
        List<String> alternates = new ArrayList<>();
        for (Element link : children(url, "http://www.w3.org/1999/xhtml", "link")) {
          alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
        }
        String path = page.substring(PUBLIC.length());
        assertEquals(
            List.of(
                "en " + page,
                "x-default " + page,
                "ko " + PUBLIC + "ko/" + path,
                "ru " + PUBLIC + "ru/" + path),
            alternates,
            "each page in every language");
      }
    }
    assertEquals(locs.size(), new HashSet<>(locs).size(), "no page is listed twice");
    for (String expected :
        List.of(
            "",
            "summits",
            "countries/kp",
            "people/kim-jong-un",
            "summits/putin-kim-summit-pyongyang-2024",
            "summits/" + hostileSlug,
            "gifts/aurus-limousine-2024")) {
      assertTrue(locs.contains(PUBLIC + expected), "listed: " + expected);
    }
    assertTrue(locs.stream().anyMatch(l -> l.startsWith(PUBLIC + "photos/")), "photos listed");
    assertTrue(locs.contains(PUBLIC + "sources"), "the list of sources is listed");
    assertTrue(
        locs.stream().anyMatch(l -> l.matches(Pattern.quote(PUBLIC) + "sources/[0-9]+")),
        "each published source's page is listed");
    assertFalse(locs.contains(PUBLIC + "summits/" + draftSlug), "drafts are not listed");
    assertEquals(404, app.get("sitemap-" + (sitemaps.size() + 1) + ".xml").statusCode());
  }

  @Test
  void robotsKeepCrawlersOutOfTheBackOfficeAndPointAtTheSitemap() {
    HttpResponse<String> robots = app.get("robots.txt");
    assertEquals(200, robots.statusCode());
    assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String text = robots.body();
    assertTrue(text.contains("User-agent: *"));
    assertTrue(text.contains("Allow: /archive/\n"));
    assertTrue(text.contains("Disallow: /archive/admin\n"));
    assertTrue(text.contains("Sitemap: " + PUBLIC + "sitemap.xml\n"));
  }

  @Test
  void identifyListMetadataFormatsAndListSetsDescribeTheRepository() throws Exception {
    Element identify = verb(oai("verb=Identify"), "Identify");
    assertEquals("Summitry", text(identify, OAI, "repositoryName"));
    assertEquals(PUBLIC + "oai", text(identify, OAI, "baseURL"));
    assertEquals("2.0", text(identify, OAI, "protocolVersion"));
    assertFalse(text(identify, OAI, "adminEmail").isBlank());
    assertTrue(
        text(identify, OAI, "earliestDatestamp")
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
    assertEquals("persistent", text(identify, OAI, "deletedRecord"));
    assertEquals("YYYY-MM-DDThh:mm:ssZ", text(identify, OAI, "granularity"));
    Element request = children(oai("verb=Identify").getDocumentElement(), OAI, "request").get(0);
    assertEquals("Identify", request.getAttribute("verb"));
    assertEquals(PUBLIC + "oai", request.getTextContent());

    Element formats = verb(oai("verb=ListMetadataFormats"), "ListMetadataFormats");
    Element format = children(formats, OAI, "metadataFormat").get(0);
    assertEquals("oai_dc", text(format, OAI, "metadataPrefix"));
    assertEquals(
        "http://www.openarchives.org/OAI/2.0/oai_dc/", text(format, OAI, "metadataNamespace"));

    Element sets = verb(oai("verb=ListSets"), "ListSets");
    List<String> specs = new ArrayList<>();
    children(sets, OAI, "set").forEach(set -> specs.add(text(set, OAI, "setSpec")));
    assertEquals(List.of("summit", "gift", "photo"), specs);

    Document posted = xml(post("verb=Identify"));
    assertEquals(PUBLIC + "oai", text(verb(posted, "Identify"), OAI, "baseURL"), "POST works too");
  }

  @Test
  void aHarvesterFollowsResumptionTokensThroughEveryRecord() throws Exception {
    List<String> identifiers = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Document page =
          oai(
              token == null
                  ? "verb=ListRecords&metadataPrefix=oai_dc"
                  : "verb=ListRecords&resumptionToken=" + encode(token));
      Element list = verb(page, "ListRecords");
      List<Element> records = children(list, OAI, "record");
      assertTrue(records.size() <= 2, "pages of the configured size");
      for (Element record : records) {
        Element header = children(record, OAI, "header").get(0);
        String identifier = text(header, OAI, "identifier");
        if (header.getAttribute("status").equals("deleted")) {
          assertTrue(children(record, OAI, "metadata").isEmpty(), "a deleted record has none");
          deleted.add(identifier);
          continue;
        }
        assertTrue(
            identifier.matches("oai:summitry\\.test:(summit|gift|photo)/[0-9]+"), identifier);
        assertTrue(
            text(header, OAI, "datestamp").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
        assertEquals(identifier.replaceAll(".*:(\\w+)/.*", "$1"), text(header, OAI, "setSpec"));
        Element dc =
            (Element)
                record
                    .getElementsByTagNameNS("http://www.openarchives.org/OAI/2.0/oai_dc/", "dc")
                    .item(0);
        assertFalse(dc.getElementsByTagNameNS(DC, "title").item(0).getTextContent().isBlank());
        assertTrue(
            dc.getElementsByTagNameNS(DC, "identifier")
                .item(0)
                .getTextContent()
                .startsWith(PUBLIC));
        identifiers.add(identifier);
      }
      List<Element> tokens = children(list, OAI, "resumptionToken");
      token = tokens.isEmpty() ? null : tokens.get(0).getTextContent();
      if (pages > 0) {
        assertEquals(1, tokens.size(), "a resumed list always ends with a token element");
        assertEquals(Integer.toString(pages * 2), tokens.get(0).getAttribute("cursor"));
      }
      pages++;
    } while (token != null && !token.isEmpty() && pages < 50);
    assertEquals(identifiers.size(), new HashSet<>(identifiers).size(), "no record twice");
    // The seed has 3 summits, 13 gifts and 3 photos; the test published one more summit, and
    // withdrew another.
    assertEquals(List.of(withdrawnIdentifier), deleted, "the withdrawn summit, as deleted");
    assertEquals(4, identifiers.stream().filter(i -> i.contains(":summit/")).count());
    assertEquals(13, identifiers.stream().filter(i -> i.contains(":gift/")).count());
    assertEquals(3, identifiers.stream().filter(i -> i.contains(":photo/")).count());

    List<String> gifts = identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=gift");
    assertEquals(13, gifts.size());
    assertTrue(gifts.stream().allMatch(i -> i.contains(":gift/")));

    Element record =
        children(
                verb(
                    oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(gifts.get(0))),
                    "GetRecord"),
                OAI,
                "record")
            .get(0);
    assertEquals(gifts.get(0), text(children(record, OAI, "header").get(0), OAI, "identifier"));
    assertEquals(
        "PhysicalObject", record.getElementsByTagNameNS(DC, "type").item(0).getTextContent());
  }

  @Test
  void datestampsFromTheJournalLetHarvestersAskForWhatChanged() throws Exception {
    String hostile =
        identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=summit").stream()
            .reduce((a, b) -> b)
            .orElseThrow();
    Element header =
        children(
                children(
                        verb(
                            oai(
                                "verb=GetRecord&metadataPrefix=oai_dc&identifier="
                                    + encode(hostile)),
                            "GetRecord"),
                        OAI,
                        "record")
                    .get(0),
                OAI,
                "header")
            .get(0);
    String stamp = text(header, OAI, "datestamp");
    List<String> since =
        identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=summit&from=" + stamp);
    assertTrue(since.contains(hostile), "from is inclusive");
    List<String> until =
        identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + stamp.substring(0, 10));
    assertTrue(until.contains(hostile), "until a day includes the whole day");
    assertError(
        oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01"), "noRecordsMatch");
    assertError(
        oai("verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01T00:00:00Z"), "noRecordsMatch");
  }

  @Test
  void aWithdrawnSummitIsADeletedRecordAndADraftIsNoRecord() throws Exception {
    List<Element> deleted =
        headers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=summit").stream()
            .filter(h -> h.getAttribute("status").equals("deleted"))
            .toList();
    assertEquals(1, deleted.size());
    assertEquals(withdrawnIdentifier, text(deleted.get(0), OAI, "identifier"));
    Element record =
        children(
                verb(
                    oai(
                        "verb=GetRecord&metadataPrefix=oai_dc&identifier="
                            + encode(withdrawnIdentifier)),
                    "GetRecord"),
                OAI,
                "record")
            .get(0);
    Element header = children(record, OAI, "header").get(0);
    assertEquals("deleted", header.getAttribute("status"));
    assertEquals(text(deleted.get(0), OAI, "datestamp"), text(header, OAI, "datestamp"));
    assertTrue(children(record, OAI, "metadata").isEmpty());
    List<String> all = identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=summit");
    assertEquals(5, all.size(), "four public summits and the withdrawn one, never the draft");
  }

  @Test
  void everyProtocolErrorIsAnsweredAsTheSpecificationNamesIt() throws Exception {
    assertError(oai(""), "badVerb");
    assertError(oai("verb=Harvest"), "badVerb");
    assertError(oai("verb=Identify&verb=ListSets"), "badVerb");
    assertError(oai("verb=Identify&extra=1"), "badArgument");
    assertError(oai("verb=ListRecords"), "badArgument");
    assertError(oai("verb=GetRecord&metadataPrefix=oai_dc"), "badArgument");
    assertError(oai("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday"), "badArgument");
    assertError(
        oai("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-12-31T00:00:00Z"),
        "badArgument");
    assertError(
        oai("verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01"),
        "badArgument");
    assertError(oai("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc"), "badArgument");
    assertError(oai("verb=ListRecords&metadataPrefix=marc21"), "cannotDisseminateFormat");
    assertError(
        oai("verb=GetRecord&metadataPrefix=mods&identifier=oai:summitry.test:gift/1"),
        "cannotDisseminateFormat");
    assertError(
        oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:summitry.test:gift/999999"),
        "idDoesNotExist");
    assertError(
        oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.example:gift/1"),
        "idDoesNotExist");
    assertError(oai("verb=ListMetadataFormats&identifier=nonsense"), "idDoesNotExist");
    assertError(oai("verb=ListSets&metadataPrefix=oai_dc&set=nope"), "badArgument");
    assertError(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=people"), "noRecordsMatch");
    assertError(oai("verb=ListRecords&resumptionToken=not-a-token"), "badResumptionToken");
    assertError(oai("verb=ListSets&resumptionToken=abc"), "badResumptionToken");
    assertError(oai("verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc"), "badArgument");

    Document badVerb = oai("verb=Harvest");
    assertFalse(
        children(badVerb.getDocumentElement(), OAI, "request").get(0).hasAttribute("verb"),
        "badVerb answers do not echo the arguments");
    Document missing =
        oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:summitry.test:gift/999999");
    assertEquals(
        "GetRecord",
        children(missing.getDocumentElement(), OAI, "request").get(0).getAttribute("verb"),
        "other errors do");
  }

  private static List<String> identifiers(String query) throws Exception {
    return headers(query).stream().map(h -> text(h, OAI, "identifier")).toList();
  }

  /** The headers of a whole ListIdentifiers list, following its resumption tokens. */
  private static List<Element> headers(String query) throws Exception {
    List<Element> headers = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Element list =
          verb(
              oai(token == null ? query : "verb=ListIdentifiers&resumptionToken=" + encode(token)),
              "ListIdentifiers");
      headers.addAll(children(list, OAI, "header"));
      List<Element> tokens = children(list, OAI, "resumptionToken");
      token = tokens.isEmpty() ? null : tokens.get(0).getTextContent();
    } while (token != null && !token.isEmpty() && ++pages < 50);
    return headers;
  }

  private static void assertError(Document answer, String code) {
    List<Element> errors = children(answer.getDocumentElement(), OAI, "error");
    assertEquals(1, errors.size(), "one error, " + code);
    assertEquals(code, errors.get(0).getAttribute("code"));
    assertFalse(errors.get(0).getTextContent().isBlank(), "with a message");
  }

  private static Element verb(Document answer, String verb) {
    Element root = answer.getDocumentElement();
    assertEquals(OAI, root.getNamespaceURI());
    assertEquals("OAI-PMH", root.getLocalName());
    assertTrue(children(root, OAI, "error").isEmpty(), () -> "no error: " + root.getTextContent());
    OffsetDateTime.parse(text(root, OAI, "responseDate"));
    List<Element> body = children(root, OAI, verb);
    assertEquals(1, body.size(), verb);
    return body.get(0);
  }

  private static Document oai(String query) throws Exception {
    HttpResponse<String> response = app.get("oai" + (query.isEmpty() ? "" : "?" + query));
    assertEquals(200, response.statusCode(), query);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
    return xml(response.body());
  }

  private static String post(String form) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("oai"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return response.body();
  }

  private static String createSummit(WebSession admin, String title) {
    HttpResponse<String> created =
        admin.submit("admin/summits/new", "admin/summits/new", Map.of("title", title));
    assertEquals(303, created.statusCode(), created.body());
    return WebSession.editPath(created);
  }

  private static String slug(WebSession admin, String edit) {
    Matcher slug =
        Pattern.compile("name=\"slug\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"slug\"")
            .matcher(admin.get(edit).body());
    assertTrue(slug.find(), "the edit page shows the address");
    return slug.group(1) != null ? slug.group(1) : slug.group(2);
  }

  private static List<String> feedTitles(String feed) throws Exception {
    HttpResponse<String> response = app.get(feed);
    assertEquals(200, response.statusCode(), feed);
    List<String> titles = new ArrayList<>();
    children(xml(response.body()).getDocumentElement(), ATOM, "entry")
        .forEach(e -> titles.add(text(e, ATOM, "title")));
    return titles;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getLocalName() + ">");
    return found.get(0).getTextContent();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
