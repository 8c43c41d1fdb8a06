package org.summitry.curation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitry.curation.control.WikidataSearch.Candidate;
import org.summitry.curation.control.WikidataSearch.Found;

/**
 * The look-up against answers of Wikidata's {@code wbsearchentities} kept in test resources and
 * served from this machine: never the network.
 */
class WikidataSearchTest {

  private HttpServer server;
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private volatile String answerFile = "kim-jong-un.json";
  private volatile int status = 200;
  private volatile long delayMillis;

  @BeforeEach
  void serveRecordedAnswers() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/w/api.php", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    queries.add(URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
    byte[] body;
    try (InputStream recorded = getClass().getResourceAsStream("/wikidata/" + answerFile)) {
      body =
          recorded == null ? answerFile.getBytes(StandardCharsets.UTF_8) : recorded.readAllBytes();
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private WikidataSearch search(boolean enabled) {
    URI api = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    return new WikidataSearch(enabled, api, Duration.ofSeconds(1));
  }

  @Test
  void curatorFindsKimJongUnByName() {
    Found found = search(true).find("  Kim Jong Un ", "en");

    assertNull(found.problem());
    assertEquals(
        List.of(
            new Candidate(
                org.summitry.kernel.WikidataId.parse("Q56226").orElseThrow(),
                "Kim Jong Un",
                "Supreme Leader of North Korea since 2011")),
        found.candidates(),
        "the property in the answer is not an item and is left out");
    assertEquals(1, queries.size());
    String query = queries.get(0);
    assertTrue(query.contains("action=wbsearchentities"), query);
    assertTrue(query.contains("search=Kim Jong Un"), query);
    assertTrue(query.contains("language=en"), query);
    assertTrue(query.contains("type=item"), query);
    assertTrue(query.contains("limit=5"), query);
  }

  @Test
  void severalCandidatesKeepWikidatasOrder() {
    answerFile = "korea.json";
    Found found = search(true).find("Korea", "en");

    assertEquals(
        List.of("Q884", "Q423"), found.candidates().stream().map(Candidate::value).toList());
    assertEquals("North Korea", found.candidates().get(1).label());
  }

  @Test
  void offByDefaultAndThenNothingIsAsked() {
    Found found = search(false).find("Kim Jong Un", "en");

    assertEquals("wikidata.lookup.off", found.problem());
    assertTrue(queries.isEmpty());
  }

  @Test
  void withoutANameNothingIsAsked() {
    assertEquals("wikidata.lookup.noName", search(true).find(" ", "en").problem());
    assertTrue(queries.isEmpty());
  }

  @Test
  void anErrorStatusIsAProblemToShow() {
    status = 503;
    Found found = search(true).find("Kim Jong Un", "en");

    assertEquals("wikidata.lookup.refused", found.problem());
    assertTrue(found.candidates().isEmpty());
  }

  @Test
  void aSlowAnswerIsGivenUpOn() {
    delayMillis = 2500;
    long start = System.nanoTime();
    Found found = search(true).find("Kim Jong Un", "en");

    assertEquals("wikidata.lookup.timeout", found.problem());
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "the form did not wait for the answer");
  }

  @Test
  void aGarbledAnswerIsAProblemToShow() {
    answerFile = "<html>Service unavailable</html>";
    assertEquals("wikidata.lookup.garbled", search(true).find("Kim Jong Un", "en").problem());
    answerFile = "{\"error\":{\"code\":\"badvalue\"}}";
    assertEquals("wikidata.lookup.garbled", search(true).find("Kim Jong Un", "en").problem());
  }

  @Test
  void anUnreachableServiceIsAProblemToShow() {
    int port = server.getAddress().getPort();
    server.stop(0);
    WikidataSearch search =
        new WikidataSearch(
            true, URI.create("http://127.0.0.1:" + port + "/w/api.php"), Duration.ofSeconds(1));

    Found found = search.find("Kim Jong Un", "en");
    assertTrue(
        List.of("wikidata.lookup.unreachable", "wikidata.lookup.timeout").contains(found.problem()),
        found.problem());
  }
}
