package org.summitry.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits until a running archive stops changing on its own: its search index has taken in the whole
 * journal ({@code /health/ready} lag 0) and the validator of an answer stays the same across the
 * page cache's journal poll. A test that asks for an unchanged answer twice must start from there:
 * a change made just before (a draft saved while setting up, demo content still being indexed)
 * reaches the index up to two seconds later and, rightly, changes every validator.
 */
public final class SteadyArchive {

  private static final Pattern LAG = Pattern.compile("\"lag\"\\s*:\\s*\"?(\\d+)");
  private static final Duration LONGEST = Duration.ofSeconds(60);

  /** Longer than the page cache's journal poll (one second). */
  private static final long APART_MILLIS = 1200;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private SteadyArchive() {}

  /**
   * Returns once the server at {@code root} (its context root, ending in "/") is steady, as seen
   * through the ETag of {@code path} (relative to the root); fails after a minute.
   */
  public static void await(URI root, String path) {
    long deadline = System.nanoTime() + LONGEST.toNanos();
    String seen = "";
    while (System.nanoTime() < deadline) {
      String lag = lag(root);
      String before = etag(root.resolve(path));
      pause(APART_MILLIS);
      String after = etag(root.resolve(path));
      if ("0".equals(lag) && !after.isEmpty() && after.equals(before)) {
        return;
      }
      seen = "lag " + lag + ", ETag " + before + " then " + after;
    }
    throw new AssertionError("the archive did not become steady within a minute: " + seen);
  }

  private static String lag(URI root) {
    HttpResponse<String> ready = send(root.resolve("/health/ready"));
    if (ready == null || ready.statusCode() != 200) {
      return "?";
    }
    Matcher lag = LAG.matcher(ready.body());
    return lag.find() ? lag.group(1) : "?";
  }

  private static String etag(URI address) {
    HttpResponse<String> answer = send(address);
    return answer == null ? "" : answer.headers().firstValue("ETag").orElse("");
  }

  private static HttpResponse<String> send(URI address) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
