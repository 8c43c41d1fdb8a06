package org.summitry.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor's HTTP session against a running app: keeps cookies, never follows redirects (tests
 * look at them), and fills in the CSRF token the way a browser submitting the page's form would.
 */
public final class WebSession {

  private static final Pattern CSRF =
      Pattern.compile(
          "<input type=\"hidden\" name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"",
          Pattern.CASE_INSENSITIVE);

  private final URI base;
  private final HttpClient http;

  public WebSession(PayaraMicroProcess app) {
    this(app.uri(""));
  }

  /** A session against the app at {@code base} (such as {@code http://127.0.0.1:18080/}). */
  public WebSession(URI base) {
    this(
        base,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build());
  }

  private WebSession(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  /**
   * The same visitor, with the same cookies, now sent to another instance, as a load balancer does
   * when the instance that served them so far goes away.
   */
  public WebSession at(PayaraMicroProcess other) {
    return new WebSession(other.uri(""), http);
  }

  /**
   * The CSRF field (name and value) of the form on {@code formPage}, as the browser received it.
   */
  public Map<String, String> csrfField(String formPage) {
    Matcher token = CSRF.matcher(get(formPage).body());
    if (!token.find()) {
      throw new AssertionError(formPage + " has no CSRF token");
    }
    return Map.of(token.group(1), token.group(2));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** Posts a form as it stands, with no CSRF token unless {@code fields} has one. */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
  }

  /** Posts a form body exactly as given, already URL-encoded (or deliberately not). */
  public HttpResponse<String> postEncoded(String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * The editor a "new" form sent its author on to, from the answer's {@code Location}, such as
   * {@code admin/summits/12}.
   */
  public static String editPath(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("admin/"), location.indexOf('?'));
  }

  /** Opens {@code formPage}, takes its CSRF token, and posts {@code fields} to {@code action}. */
  public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    HttpResponse<String> page = get(formPage);
    Matcher token = CSRF.matcher(page.body());
    if (token.find()) {
      withToken.put(token.group(1), token.group(2));
    }
    return postRaw(action, withToken);
  }

  /**
   * Opens {@code formPage}, takes its CSRF token, and posts {@code fields} to {@code action}, a
   * name as often as a form sends it (rows of a table, ticked boxes), in order.
   */
  public HttpResponse<String> submitAll(
      String formPage, String action, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> withToken = new java.util.ArrayList<>(fields);
    Matcher token = CSRF.matcher(get(formPage).body());
    if (token.find()) {
      withToken.add(Map.entry(token.group(1), token.group(2)));
    }
    return postEncoded(
        action,
        withToken.stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")));
  }

  /** A file in a multipart form: the field name, the file name the browser sends, the bytes. */
  public record FilePart(String field, String fileName, String contentType, byte[] content) {}

  /**
   * Opens {@code formPage}, takes its CSRF token (unless {@code withToken} is false) and posts a
   * multipart form with {@code files} to {@code action}, as a browser uploading files would.
   */
  public HttpResponse<String> upload(
      String formPage, String action, List<FilePart> files, boolean withToken) {
    return upload(formPage, action, Map.of(), files, withToken);
  }

  /** The same, with plain {@code fields} (a checkbox, say) before the files. */
  public HttpResponse<String> upload(
      String formPage,
      String action,
      Map<String, String> fields,
      List<FilePart> files,
      boolean withToken) {
    String boundary = "----summitry" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (withToken) {
      Matcher token = CSRF.matcher(get(formPage).body());
      if (token.find()) {
        body.writeBytes(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + token.group(1)
                    + "\"\r\n\r\n"
                    + token.group(2)
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    for (FilePart file : files) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + file.field()
                  + "\"; filename=\""
                  + file.fileName().replace("\"", "%22")
                  + "\"\r\nContent-Type: "
                  + file.contentType()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(base.resolve(action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A download, as bytes: a file that is not text. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> signIn(String username, String password) {
    return submit("sign-in", "sign-in", Map.of("username", username, "password", password));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Undoes Thymeleaf's HTML escaping of a text value. */
  public static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
