package org.summitry.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.kernel.WikidataId;

/**
 * Finds Wikidata items by name for the back office's "Find on Wikidata", through the {@code
 * wbsearchentities} action of Wikidata's API. Off unless {@code summitry.wikidata.lookup} is true:
 * an archive inside a closed network must not try to reach the internet, and nothing else depends
 * on the answer. A slow, failing or garbled answer becomes a {@link Found#problem()} the form
 * shows.
 */
@ApplicationScoped
public class WikidataSearch {

  private static final Logger LOG = Logger.getLogger(WikidataSearch.class.getName());
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The most candidates shown: a curator picks among a few, or types a better name. */
  static final int LIMIT = 5;

  /** The largest answer read; five candidates take about 3 KB. */
  private static final int MAX_ANSWER_CHARS = 256 * 1024;

  private boolean enabled;
  private URI api;
  private Duration timeout;
  private HttpClient client;

  WikidataSearch() {}

  /**
   * @param api the address of Wikidata's {@code api.php} (or of a stand-in serving its answers)
   * @param timeout how long to wait for connecting, and again for the answer
   */
  public WikidataSearch(boolean enabled, URI api, Duration timeout) {
    this.enabled = enabled;
    this.api = api;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.wikidata.lookup", defaultValue = "false") boolean lookup,
      @ConfigProperty(
              name = "summitry.wikidata.api",
              defaultValue = "https://www.wikidata.org/w/api.php")
          String address,
      @ConfigProperty(name = "summitry.wikidata.timeout", defaultValue = "5") int seconds) {
    WikidataSearch configured =
        new WikidataSearch(lookup, URI.create(address), Duration.ofSeconds(Math.max(1, seconds)));
    this.enabled = configured.enabled;
    this.api = configured.api;
    this.timeout = configured.timeout;
    this.client = configured.client;
  }

  /** Whether the back office offers the look-up at all. */
  public boolean enabled() {
    return enabled;
  }

  /** An item that matched: its identifier, its label and its description in the asked language. */
  public record Candidate(WikidataId id, String label, String description) {

    /** The identifier as the form's field takes it. */
    public String value() {
      return id.value();
    }
  }

  /**
   * What a search found: candidates, none, or a problem, as the key of a message to show (then
   * there are no candidates).
   */
  public record Found(String name, List<Candidate> candidates, String problem) {}

  /** Items whose label or alias matches {@code name}, in Wikidata's order, at most five. */
  public Found find(String name, String language) {
    String search = name == null ? "" : name.strip();
    if (!enabled) {
      return new Found(search, List.of(), "wikidata.lookup.off");
    }
    if (search.isEmpty()) {
      return new Found(search, List.of(), "wikidata.lookup.noName");
    }
    URI uri =
        URI.create(
            api
                + "?action=wbsearchentities&format=json&type=item&limit="
                + LIMIT
                + "&language="
                + encode(language)
                + "&uselang="
                + encode(language)
                + "&search="
                + encode(search));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("User-Agent", "Summitry (archive back office; Wikidata look-up)")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          LOG.warning(() -> "Wikidata look-up: status " + response.statusCode() + " for " + uri);
          return new Found(search, List.of(), "wikidata.lookup.refused");
        }
        String text = new String(body.readNBytes(MAX_ANSWER_CHARS), StandardCharsets.UTF_8);
        return new Found(search, candidates(text), null);
      }
    } catch (HttpTimeoutException slow) {
      LOG.warning(() -> "Wikidata look-up: no answer within " + timeout + " from " + api);
      return new Found(search, List.of(), "wikidata.lookup.timeout");
    } catch (IOException unreachable) {
      LOG.log(Level.WARNING, "Wikidata look-up: " + api + " could not be reached: " + unreachable);
      return new Found(search, List.of(), "wikidata.lookup.unreachable");
    } catch (JsonException | ClassCastException | IllegalStateException garbled) {
      LOG.warning(() -> "Wikidata look-up: the answer could not be read: " + garbled);
      return new Found(search, List.of(), "wikidata.lookup.garbled");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Found(search, List.of(), "wikidata.lookup.timeout");
    }
  }

  /**
   * The candidates of a {@code wbsearchentities} answer: its {@code search} array, each with {@code
   * id}, {@code label} and {@code description}. Entries that are not items are left out.
   */
  static List<Candidate> candidates(String answer) {
    JsonObject root;
    try (JsonReader reader = JSON.createReader(new StringReader(answer))) {
      root = reader.readObject();
    }
    if (root.containsKey("error")) {
      throw new IllegalStateException("Wikidata reported an error: " + root.get("error"));
    }
    JsonArray search = root.getJsonArray("search");
    List<Candidate> found = new ArrayList<>();
    if (search == null) {
      return found;
    }
    for (JsonValue value : search) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT || found.size() == LIMIT) {
        continue;
      }
      JsonObject item = value.asJsonObject();
      WikidataId.parse(item.getString("id", null))
          .ifPresent(
              id ->
                  found.add(
                      new Candidate(
                          id,
                          item.getString("label", id.value()),
                          item.getString("description", null))));
    }
    return found;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text == null ? "en" : text, StandardCharsets.UTF_8);
  }
}
