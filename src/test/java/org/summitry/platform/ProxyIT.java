package org.summitry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.summitry.testing.PayaraMicroProcess;
import org.summitry.testing.WebSession;

/**
 * The shipped proxy tier, real: Debian's nginx with {@code config/nginx/summitry.conf} in front of
 * the app. It keeps public pages as the app's headers say, shows a change made in the back office
 * within seconds, passes the back office and signed-in users through, and serves kept pages while
 * the app is down. Needs {@code /usr/sbin/nginx} ({@code apt-get install nginx-light}); skipped
 * without it unless {@code SUMMITRY_PROXY_REQUIRED=true} (as in CI).
 */
class ProxyIT {

  private static final String ADMIN_PASSWORD = "a long passphrase for the proxy test";
  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void theProxyKeepsPublicPagesShowsChangesWithinSecondsAndServesThemWhileTheAppIsDown()
      throws Exception {
    boolean required = "true".equals(System.getenv("SUMMITRY_PROXY_REQUIRED"));
    if (!Files.isExecutable(NGINX)) {
      Assumptions.assumeTrue(required, "nginx is not installed (apt-get install nginx-light)");
      throw new AssertionError("SUMMITRY_PROXY_REQUIRED=true, but " + NGINX + " is missing");
    }
    Path work =
        Files.createDirectories(Path.of("target", "proxy-" + UUID.randomUUID()).toAbsolutePath());
    Path data = Files.createDirectories(work.resolve("data"));
    PayaraMicroProcess app =
        PayaraMicroProcess.start(
            "proxied",
            Map.of(
                "SUMMITRY_DATA_DIR",
                data.toString(),
                "SUMMITRY_PUBLISH_REQUIRES_SOURCE",
                "false",
                "SUMMITRY_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "SUMMITRY_TRUSTED_PROXIES",
                "127.0.0.1, ::1"));
    try (app;
        Nginx proxy = Nginx.start(work, app.uri("").getPort())) {
      URI base = proxy.base();

      String page = "summits/putin-kim-summit-pyongyang-2024";
      HttpResponse<String> first = get(base, page, Map.of());
      assertEquals(200, first.statusCode(), first.body());
      assertTrue(
          first.headers().firstValue("Cache-Control").orElse("").contains("s-maxage"),
          "the app says how long a shared cache may keep it");
      assertEquals("MISS", cacheStatus(first));
      get(base, page, Map.of());
      assertEquals("HIT", cacheStatus(get(base, page, Map.of())), "kept from its second visit");
      HttpResponse<String> zipped = get(base, page, Map.of("Accept-Encoding", "gzip"));
      assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));

      assertEquals(
          404, get(base, "metrics", Map.of()).statusCode(), "operators' addresses stay inside");

      WebSession curator = new WebSession(base);
      assertEquals(303, curator.signIn("admin", ADMIN_PASSWORD).statusCode(), "through the proxy");
      HttpResponse<String> created =
          curator.submit(
              "admin/summits/new", "admin/summits/new", Map.of("title", "Proxy Test Summit"));
      assertEquals(303, created.statusCode(), created.body());
      String edit = WebSession.editPath(created);
      assertEquals(303, curator.submit(edit, edit + "/publish", Map.of()).statusCode());
      String added = "summits/proxy-test-summit";
      awaitBody(base, added, "Proxy Test Summit");
      get(base, added, Map.of());
      assertEquals("HIT", cacheStatus(get(base, added, Map.of())));
      HttpResponse<String> signedIn = curator.get(added);
      assertEquals(
          "private, no-store",
          signedIn.headers().firstValue("Cache-Control").orElse(""),
          "what a signed-in user sees is never shared");
      assertTrue(List.of("BYPASS", "").contains(cacheStatus(signedIn)), "nor taken from the cache");

      assertEquals(
          303,
          curator
              .submit(
                  edit,
                  edit,
                  Map.of(
                      "title", "Proxy Test Summit, renamed", "version", versionOf(curator, edit)))
              .statusCode(),
          "the back office passes through");
      long changed = System.nanoTime();
      awaitBody(base, added, "Proxy Test Summit, renamed");
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - changed);
      assertTrue(seconds <= 8, "the change showed through the proxy after " + seconds + " s");

      app.close();
      HttpResponse<String> whileDown = get(base, page, Map.of());
      assertEquals(200, whileDown.statusCode(), "kept pages are served while the app is down");
      assertTrue(whileDown.body().contains("Pyongyang"), whileDown.body());
      assertTrue(
          List.of("STALE", "HIT", "UPDATING").contains(cacheStatus(whileDown)),
          cacheStatus(whileDown));
    }
  }

  /** The version the editor's form carries, as a browser would send it back. */
  private static String versionOf(WebSession curator, String edit) {
    Matcher version =
        Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(curator.get(edit).body());
    assertTrue(version.find(), "the editor carries the entry's version");
    return version.group(1);
  }

  /** Asks for the page until it holds {@code text}, for at most ten seconds. */
  private static void awaitBody(URI base, String path, String text) throws Exception {
    HttpResponse<String> page = get(base, path, Map.of());
    for (int tries = 0; tries < 40 && !page.body().contains(text); tries++) {
      Thread.sleep(250);
      page = get(base, path, Map.of());
    }
    assertTrue(page.body().contains(text), path + " does not show “" + text + "”");
  }

  private static String cacheStatus(HttpResponse<?> response) {
    return response.headers().firstValue("X-Proxy-Cache").orElse("");
  }

  private static HttpResponse<String> get(URI base, String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Debian's nginx running the shipped configuration, pointed at the app, in a folder of its own.
   */
  private record Nginx(Path folder, int port) implements AutoCloseable {

    static Nginx start(Path work, int appPort) throws IOException, InterruptedException {
      Path folder = Files.createDirectories(work.resolve("nginx"));
      Files.createDirectories(folder.resolve("cache"));
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      String shipped =
          Files.readString(Path.of("config", "nginx", "summitry.conf"), StandardCharsets.UTF_8);
      String adapted =
          shipped
              .replace("/var/cache/nginx/summitry", folder.resolve("cache").toString())
              .replace("server 127.0.0.1:8080", "server 127.0.0.1:" + appPort)
              .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
      assertTrue(
          adapted.contains("127.0.0.1:" + appPort) && adapted.contains(":" + port + ";"),
          "the shipped file names the instance and the port where the test expects");
      Files.writeString(folder.resolve("summitry.conf"), adapted);
      Files.writeString(
          folder.resolve("nginx.conf"),
          String.join(
              "\n",
              "daemon on;",
              "pid " + folder.resolve("nginx.pid") + ";",
              "error_log " + folder.resolve("error.log") + ";",
              "events { worker_connections 256; }",
              "http {",
              "  include /etc/nginx/mime.types;",
              "  access_log off;",
              "  client_body_temp_path " + folder.resolve("body") + ";",
              "  proxy_temp_path " + folder.resolve("proxy") + ";",
              "  fastcgi_temp_path " + folder.resolve("fastcgi") + ";",
              "  uwsgi_temp_path " + folder.resolve("uwsgi") + ";",
              "  scgi_temp_path " + folder.resolve("scgi") + ";",
              "  include " + folder.resolve("summitry.conf") + ";",
              "}",
              ""));
      Process started =
          new ProcessBuilder(NGINX.toString(), "-c", folder.resolve("nginx.conf").toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, started.waitFor(), "nginx did not start: " + output);
      return new Nginx(folder, port);
    }

    URI base() {
      return URI.create("http://127.0.0.1:" + port + "/");
    }

    @Override
    public void close() throws IOException, InterruptedException {
      new ProcessBuilder(
              NGINX.toString(), "-c", folder.resolve("nginx.conf").toString(), "-s", "stop")
          .redirectErrorStream(true)
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    }
  }
}
