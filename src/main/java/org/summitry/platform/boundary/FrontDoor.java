package org.summitry.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitry.platform.control.Layout;
import org.summitry.platform.control.Templates;

/**
 * The first filter every request meets (mapped first in {@code web.xml}): it refuses what no page
 * should ever have to read, and sets the headers every response shares, in one place.
 *
 * <ul>
 *   <li>A {@code Host} header that is not a host name or address, with an optional port, is a 400
 *       before anything builds a link from it.
 *   <li>Request bodies are bounded before they are read: form posts and every body outside the back
 *       office must state their length ({@code Content-Length}) and stay within {@code
 *       SUMMITRY_FORM_MAX_KB}; only the back office's multipart uploads, behind sign-in, may be
 *       larger (their own limit is in {@code web.xml}). A body over the limit is never read: the
 *       answer is a 413 and the connection is closed.
 *   <li>Security headers on every response: a Content-Security-Policy without inline script or
 *       style, no framing, no MIME sniffing, a referrer policy, no powerful browser features, and
 *       HSTS when the public address is https. Back-office, sign-in and setup pages are never
 *       stored by any cache. Resources may set their own values afterwards (JAX-RS replaces a
 *       header set here), and {@code /files} and IIIF keep theirs.
 * </ul>
 */
public class FrontDoor extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Pages use only the app's own scripts, styles, images and fonts, and post only to the app. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

  /**
   * A host name (letters, digits, hyphens and underscores, as container networks name services), an
   * IPv4 address or a bracketed IPv6 address, then an optional port.
   */
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\\.?"
              + "|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

  /**
   * What other sites' scripts may read, as open data portals allow: the API, the OpenAPI document,
   * feeds, sitemaps, OAI-PMH and IIIF manifests, without credentials.
   */
  private static final Pattern OPEN_DATA =
      Pattern.compile(
          "/(api(/.*)?|openapi|feed\\.atom|(people|countries|summits)/[^/]+/feed\\.atom|sitemap(-[0-9]+)?\\.xml|oai|iiif/.+|files/.+)");

  /** Paths, below the context path, that only signed-in users (or people signing in) see. */
  private static final Pattern PRIVATE_PAGES =
      Pattern.compile("/(admin|sign-in|sign-out|setup)(/.*)?");

  @Inject transient Templates templates;

  private long maxFormBytes = 1024 * 1024;
  private String strictTransport;

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.form.max.kb", defaultValue = "1024") int formKilobytes,
      @ConfigProperty(name = "summitry.hsts.max.age", defaultValue = "31536000") long hstsSeconds,
      @ConfigProperty(name = "summitry.public.url") Optional<String> publicUrl) {
    this.maxFormBytes = Math.max(1, formKilobytes) * 1024L;
    boolean https =
        Configuration.publicUrl(publicUrl.orElse(null))
            .map(URI::getScheme)
            .filter(s -> s.equalsIgnoreCase("https"))
            .isPresent();
    this.strictTransport = https && hstsSeconds > 0 ? "max-age=" + hstsSeconds : null;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String host = request.getHeader("Host");
    if (host != null && !validHost(host)) {
      refuseHost(response);
      return;
    }
    shareHeaders(request, response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (OPEN_DATA.matcher(path).matches()) {
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader(
          "Access-Control-Expose-Headers", "ETag, Last-Modified, Link, Retry-After, Location");
      if ("OPTIONS".equals(request.getMethod())
          && request.getHeader("Access-Control-Request-Method") != null) {
        preflight(response);
        return;
      }
    }
    int tooLarge = bodyRefusal(request, path);
    if (tooLarge != 0) {
      refuseBody(request, response, tooLarge);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean validHost(String host) {
    return HOST.matcher(host).matches();
  }

  private void shareHeaders(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (strictTransport != null) {
      response.setHeader("Strict-Transport-Security", strictTransport);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (PRIVATE_PAGES.matcher(path).matches()) {
      response.setHeader("Cache-Control", "no-store");
    } else if (request.getUserPrincipal() != null) {
      // Pages as a signed-in user sees them are theirs alone: no shared cache may keep them.
      response.setHeader("Cache-Control", "private, no-store");
    }
  }

  /** A CORS preflight for open data: reads (and OAI-PMH's form posts) from anywhere. */
  private static void preflight(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
    response.setHeader(
        "Access-Control-Allow-Headers",
        "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since");
    response.setHeader("Access-Control-Max-Age", "86400");
    response.setHeader("Cache-Control", "public, max-age=86400");
  }

  /**
   * 0 when the request's body may be read; 411 when its length is not stated where it must be; 413
   * when it is larger than this path accepts.
   */
  int bodyRefusal(HttpServletRequest request, String path) {
    long length = request.getContentLengthLong();
    boolean chunked = request.getHeader("Transfer-Encoding") != null;
    if (length <= 0 && !chunked) {
      return 0;
    }
    String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
    boolean upload = type.startsWith("multipart/form-data") && path.startsWith("/admin/");
    if (upload) {
      return 0;
    }
    if (chunked || length < 0) {
      return HttpServletResponse.SC_LENGTH_REQUIRED;
    }
    return length > maxFormBytes ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : 0;
  }

  private static void refuseHost(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setHeader("Connection", "close");
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response
        .getOutputStream()
        .write(
            "The Host header of this request is not a host name, so it cannot be answered.\n"
                .getBytes(StandardCharsets.UTF_8));
  }

  private void refuseBody(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    // The body stays unread: closing the connection spares reading it only to throw it away.
    response.setHeader("Connection", "close");
    response.setHeader("Cache-Control", "no-store");
    String reason =
        status == HttpServletResponse.SC_LENGTH_REQUIRED
            ? Templates.message(Language.of(request).locale(), "error.lengthRequired")
            : Templates.message(
                Language.of(request).locale(), "error.tooLarge", maxFormBytes / 1024);
    if (ProblemDetails.wanted(request)) {
      response.setStatus(status);
      response.setContentType(ProblemDetails.MEDIA_TYPE);
      response
          .getOutputStream()
          .write(
              ProblemDetails.body(status, reason, ProblemDetails.instance(request), Map.of())
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("reason", reason);
    Layout.addTo(model, request);
    StringWriter html = new StringWriter();
    templates.render("errors/400", model, Language.of(request).locale(), request, response, html);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
  }
}
