package org.summitry.site.boundary;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.summitry.charts.boundary.PageFreshness;
import org.summitry.platform.boundary.Build;
import org.summitry.platform.boundary.LanguagePrefix;
import org.summitry.platform.boundary.Representation;
import org.summitry.platform.boundary.Site;
import org.summitry.site.control.PageCache;

/**
 * What anonymous visitors read, made cheap to ask for again, here and in any cache between them and
 * the archive.
 *
 * <ul>
 *   <li><b>Validators from the journal.</b> Every public page, feed, sitemap, OAI-PMH answer, IIIF
 *       manifest and API answer carries a weak {@code ETag} and a {@code Last-Modified} that stand
 *       for the state of the archive this instance serves ({@link PageCache.Epoch}: the journal's
 *       latest row and what the search index has taken in) and the variant asked for (address, kept
 *       parameters, representation). They are known before anything is rendered, so {@code
 *       If-None-Match} (or, without it, {@code If-Modified-Since}) is answered 304 here, with no
 *       rendering and no database statement.
 *   <li><b>Cache-Control a shared cache can act on</b>: {@code public, max-age} for browsers, a
 *       short {@code s-maxage} for shared caches, which then revalidate often with a request that
 *       costs a 304, so a change shows through them within seconds without purging anything; {@code
 *       stale-while-revalidate} and {@code stale-if-error} let them serve while revalidating and
 *       while the archive is down; {@code Vary: Accept-Encoding, Accept}. A page showing a figure
 *       older than the archive (see {@link PageFreshness}) gets {@code no-cache} and no validator.
 *   <li><b>The page cache.</b> Public HTML pages are kept in {@link PageCache} and served again
 *       without rendering, gzipped once when kept; {@code X-Cache} says {@code hit} or {@code
 *       miss}, {@code summitry_page_cache_total} counts them by {@code outcome}. Pages are kept
 *       under their path and the query parameters the public pages read ({@link #PARAMETERS}),
 *       sorted; other parameters change nothing on a page, so {@code /countries/kp?x=1} is {@code
 *       /countries/kp}. A page enters the cache only when asked for a second time (see {@link
 *       PageCache#put}), so a flood of one-off addresses cannot push out the pages visitors read.
 * </ul>
 *
 * Signed-in users get none of this: their responses are {@code private, no-store} ({@code
 * FrontDoor}).
 */
public class PublicPageCache extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The public pages, by their first path segment ("" is the home page). */
  private static final Pattern PAGES = LanguagePrefix.PUBLIC_PAGES;

  /** What other programs read: validated and given Cache-Control like pages, but not kept here. */
  private static final Pattern OPEN_DATA =
      Pattern.compile(
          "/(feed\\.atom|(people|countries|summits)/[^/]+/feed\\.atom|map\\.geojson|sitemap(-[0-9]+)?\\.xml|robots\\.txt|oai|openapi|api(/.*)?|iiif/.+"
              + "|statistics/by-[a-z]+\\.csv)");

  /** The query parameters any public page reads; others are left out of the cache's key. */
  static final Set<String> PARAMETERS =
      Set.of(
          "q",
          "type",
          "category",
          "from",
          "to",
          "decade",
          "year",
          "giver",
          "recipient",
          "order",
          "country",
          "credit",
          "person",
          "convert",
          "region",
          "countries",
          "page");

  /**
   * Headers of one response only: a cookie, the per-visitor CSRF token Krazo sends, and what the
   * container sets for each response anyway.
   */
  private static final Set<String> NOT_REPEATED =
      Set.of(
          "set-cookie",
          "x-csrf-token",
          "content-length",
          "content-encoding",
          "date",
          "transfer-encoding",
          "connection",
          "x-cache");

  private static final int LARGEST_PAGE = 1024 * 1024;

  /** Longer keys (long searches) are rendered each time rather than kept. */
  private static final int LONGEST_KEY = 1024;

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  @Inject transient PageCache cache;
  @Inject transient PageFreshness freshness;
  @Inject transient MetricRegistry metrics;

  private String cacheControl = cacheControl(60, 2);

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.cache.max.age", defaultValue = "60") int maxAge,
      @ConfigProperty(name = "summitry.cache.shared.max.age", defaultValue = "2")
          int sharedMaxAge) {
    cacheControl = cacheControl(maxAge, sharedMaxAge);
  }

  static String cacheControl(int maxAge, int sharedMaxAge) {
    return "public, max-age="
        + Math.max(0, maxAge)
        + ", s-maxage="
        + Math.max(0, sharedMaxAge)
        + ", stale-while-revalidate=60, stale-if-error=86400";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if (!("GET".equals(method) || "HEAD".equals(method)) || request.getUserPrincipal() != null) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean page = PAGES.matcher(path).matches();
    if (!page && !OPEN_DATA.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    if (page) {
      request.setAttribute(Site.PUBLIC_PAGE, Boolean.TRUE);
    }
    String key = page ? key(request) : rawKey(request);
    PageCache.Epoch epoch = cache.epoch();
    // Read before any entry is: fragments kept under it (KeptCards) are then never newer than it.
    request.setAttribute(KeptCards.EPOCH, epoch);
    String variant = variant(request);
    Validators validators =
        key == null ? null : new Validators(tag(epoch, key, variant), cache.lastModified(epoch));
    if (validators != null && unchanged(request, validators)) {
      notModified(request, response, validators);
      return;
    }
    boolean keep =
        page
            && "html".equals(variant)
            && cache.enabled()
            && "GET".equals(method)
            && key != null
            && key.length() <= LONGEST_KEY;
    PageCache.Cached kept = keep && !revalidate(request) ? cache.get(key, epoch) : null;
    if (kept != null) {
      metrics.counter("summitry_page_cache", new Tag("outcome", "hit")).inc();
      serve(kept, request, response);
      return;
    }
    if (keep) {
      metrics.counter("summitry_page_cache", new Tag("outcome", "miss")).inc();
      response.setHeader("X-Cache", "miss");
    }
    Copy copy = new Copy(request, response, keep, validators);
    chain.doFilter(request, copy);
    copy.finish();
    if (keep && storable(request, response, copy) && !freshness.isBehind()) {
      cache.put(
          key, new PageCache.Cached(headers(response), copy.body(), System.nanoTime()), epoch);
    }
  }

  /** A validator and the time that go with one state of the archive and one variant. */
  record Validators(String etag, Instant lastModified) {

    String lastModifiedText() {
      return HTTP_DATE.format(ZonedDateTime.ofInstant(lastModified, ZoneOffset.UTC));
    }
  }

  /**
   * A weak entity tag naming the archive's state on this instance, the build, the address and the
   * variant: weak, since the same page may go out gzipped or not, and a sampled facet count may
   * differ in its last digit.
   */
  static String tag(PageCache.Epoch epoch, String key, String variant) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (epoch.local()
                  + "/"
                  + epoch.index()
                  + "/"
                  + epoch.journal()
                  + "/"
                  + Build.version()
                  + "/"
                  + variant
                  + "/"
                  + key)
              .getBytes(UTF_8));
      byte[] hash = digest.digest();
      return "W/\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What else than the address makes a different answer: the representation asked for (a page, its
   * JSON-LD or JSON twin).
   */
  static String variant(HttpServletRequest request) {
    return switch (Representation.preferred(request.getHeader("Accept"))) {
      case LINKED_DATA -> "ld";
      case DATA -> "json";
      case PAGE -> "html";
    };
  }

  /**
   * Whether the client holds the current representation: {@code If-None-Match} names the tag (weak
   * comparison, as for GET), or, only when it sends no {@code If-None-Match}, {@code
   * If-Modified-Since} is not before the last modification.
   */
  static boolean unchanged(HttpServletRequest request, Validators validators) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      String wanted = opaque(validators.etag());
      for (String tag : ifNoneMatch.split(",")) {
        String candidate = tag.strip();
        if (candidate.equals("*") || opaque(candidate).equals(wanted)) {
          return true;
        }
      }
      return false;
    }
    String since = request.getHeader("If-Modified-Since");
    if (since == null) {
      return false;
    }
    try {
      Instant then = ZonedDateTime.parse(since.strip(), HTTP_DATE).toInstant();
      return !then.isBefore(validators.lastModified());
    } catch (DateTimeParseException notADate) {
      return false;
    }
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private void notModified(
      HttpServletRequest request, HttpServletResponse response, Validators validators) {
    metrics.counter("summitry_not_modified").inc();
    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
    validate(request, response, validators);
  }

  private void validate(
      HttpServletRequest request, HttpServletResponse response, Validators validators) {
    response.setHeader("ETag", validators.etag());
    response.setHeader("Last-Modified", validators.lastModifiedText());
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("Vary", LanguagePrefix.vary(request, "Accept-Encoding, Accept"));
  }

  /** A kept page, gzipped when it was worth it and the client takes gzip. */
  private static void serve(
      PageCache.Cached page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    Set<String> seen = new java.util.HashSet<>();
    for (Map.Entry<String, String> header : page.headers()) {
      String name = header.getKey();
      if (name.equalsIgnoreCase("Content-Type")) {
        response.setContentType(header.getValue());
      } else if (seen.add(name.toLowerCase(Locale.ROOT))) {
        response.setHeader(name, header.getValue());
      } else {
        response.addHeader(name, header.getValue());
      }
    }
    response.setHeader("X-Cache", "hit");
    byte[] body = page.body();
    if (page.gzipped() != null && acceptsGzip(request)) {
      body = page.gzipped();
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader("Accept-Encoding");
    if (accepted == null) {
      return false;
    }
    for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
      String[] parts = coding.strip().split(";");
      if (parts[0].strip().equals("gzip")) {
        for (int i = 1; i < parts.length; i++) {
          String parameter = parts[i].strip().replace(" ", "");
          if (parameter.equals("q=0") || parameter.matches("q=0(\\.0{0,3})?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean revalidate(HttpServletRequest request) {
    String control = request.getHeader("Cache-Control");
    String pragma = request.getHeader("Pragma");
    return (control != null && control.toLowerCase(Locale.ROOT).contains("no-cache"))
        || (pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache"));
  }

  /** The address as asked for, whole, for what is validated but never kept. */
  private static String rawKey(HttpServletRequest request) {
    String query = request.getQueryString();
    return asked(request) + (query == null ? "" : "?" + query);
  }

  /**
   * The address as asked for, with the host (without a configured public URL, pages link to it) and
   * only the parameters pages read, sorted by name, each value as sent; null when a name cannot be
   * decoded (the page is then not kept: the key must name every parameter the page reads, and
   * {@code %71} is {@code q} to the page).
   */
  static String key(HttpServletRequest request) {
    StringBuilder key = new StringBuilder(asked(request));
    String query = request.getQueryString();
    if (query != null) {
      List<String[]> kept = new ArrayList<>();
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        String name;
        try {
          name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
        } catch (IllegalArgumentException malformed) {
          return null;
        }
        if (PARAMETERS.contains(name)) {
          kept.add(new String[] {name, equals < 0 ? "" : pair.substring(equals)});
        }
      }
      // A stable sort keeps repeated parameters in the order they were sent.
      kept.sort(Comparator.comparing(pair -> pair[0]));
      String separator = "?";
      for (String[] pair : kept) {
        key.append(separator).append(pair[0]).append(pair[1]);
        separator = "&";
      }
    }
    return key.toString();
  }

  /**
   * The address as the client asked for it, with the language prefix ({@code /ko/…}) that {@link
   * LanguagePrefix} took off before the page was routed: each language of a page is kept apart.
   */
  static String asked(HttpServletRequest request) {
    Object original = request.getAttribute(LanguagePrefix.ORIGINAL_URL);
    return original instanceof String url ? url : request.getRequestURL().toString();
  }

  private static boolean storable(
      HttpServletRequest request, HttpServletResponse response, Copy copy) {
    String type = response.getContentType();
    String control =
        String.join(",", response.getHeaders("Cache-Control")).toLowerCase(Locale.ROOT);
    return response.getStatus() == HttpServletResponse.SC_OK
        && !copy.overflowed()
        && type != null
        && type.startsWith("text/html")
        && response.getHeaders("Set-Cookie").isEmpty()
        && !control.contains("no-store")
        && !control.contains("private")
        && request.getUserPrincipal() == null;
  }

  private static List<Map.Entry<String, String>> headers(HttpServletResponse response) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    // The servlet container keeps the content type apart from the other headers.
    headers.add(Map.entry("Content-Type", response.getContentType()));
    for (String name : response.getHeaderNames()) {
      if (!NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))
          && !name.equalsIgnoreCase("Content-Type")) {
        for (String value : response.getHeaders(name)) {
          headers.add(Map.entry(name, value));
        }
      }
    }
    return headers;
  }

  /**
   * Sends the answer on as it is written, with its validators and Cache-Control added just before
   * the body starts (when the page's controller has run and it is known whether it shows an old
   * figure), and keeps a copy of a page, up to {@link #LARGEST_PAGE}.
   */
  private final class Copy extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final boolean keep;
    private final Validators validators;
    private final ByteArrayOutputStream kept;
    private boolean overflowed;
    private boolean headed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Copy(
        HttpServletRequest request,
        HttpServletResponse response,
        boolean keep,
        Validators validators) {
      super(response);
      this.request = request;
      this.keep = keep;
      this.validators = validators;
      this.kept = keep ? new ByteArrayOutputStream(16 * 1024) : null;
    }

    /**
     * The validators of a successful answer that shows the archive as it is; a page showing an
     * older figure is sent {@code no-cache} with none, and an answer whose resource said {@code
     * private} or {@code no-store} keeps what it said.
     */
    private void head() {
      if (headed || isCommitted()) {
        return;
      }
      headed = true;
      if (getStatus() != SC_OK) {
        return;
      }
      String control = String.join(",", getHeaders("Cache-Control")).toLowerCase(Locale.ROOT);
      if (control.contains("private") || control.contains("no-store")) {
        return;
      }
      if (validators == null || freshness.isBehind()) {
        setHeader("Cache-Control", "no-cache");
        setHeader("ETag", null);
        return;
      }
      validate(request, this, validators);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      head();
      if (stream == null) {
        ServletOutputStream out = super.getOutputStream();
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) throws IOException {
                out.write(b);
                keep(new byte[] {(byte) b}, 0, 1);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                keep(b, off, len);
              }

              @Override
              public void flush() throws IOException {
                out.flush();
              }

              @Override
              public void close() throws IOException {
                out.close();
              }

              @Override
              public boolean isReady() {
                return out.isReady();
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      head();
      if (writer == null) {
        String encoding = getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    encoding == null ? StandardCharsets.ISO_8859_1.name() : encoding));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      head();
      if (writer != null) {
        writer.flush();
      }
      super.flushBuffer();
    }

    private void keep(byte[] b, int off, int len) {
      if (!keep || overflowed) {
        return;
      }
      if (kept.size() + len > LARGEST_PAGE) {
        overflowed = true;
        kept.reset();
        return;
      }
      kept.write(b, off, len);
    }

    void finish() {
      head();
      if (writer != null) {
        writer.flush();
      }
    }

    boolean overflowed() {
      return overflowed;
    }

    byte[] body() {
      return keep ? kept.toByteArray() : new byte[0];
    }
  }
}
