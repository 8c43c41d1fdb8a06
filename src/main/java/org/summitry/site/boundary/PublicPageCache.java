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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.summitry.platform.boundary.Site;
import org.summitry.site.control.PageCache;
import org.summitry.site.control.PageFreshness;

/**
 * Serves the public pages anonymous visitors ask for again from {@link PageCache} instead of
 * rendering them each time. Only GETs of HTML pages by visitors who are not signed in, answered 200
 * without a cookie, are kept; everything else passes through untouched. The header {@code X-Cache}
 * says {@code hit} or {@code miss}; {@code summitry_page_cache_total} counts them by {@code
 * outcome}.
 *
 * <p>Pages are kept under their path and the query parameters the public pages read ({@link
 * #PARAMETERS}), sorted; other parameters change nothing on a page, so {@code /countries/kp?x=1} is
 * {@code /countries/kp}. A page enters the cache only when it is asked for a second time (see
 * {@link PageCache#put}), so a flood of one-off addresses cannot push out the pages visitors read.
 */
public class PublicPageCache extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The public pages, by their first path segment ("" is the home page). */
  private static final Pattern PAGES =
      Pattern.compile(
          "/(|search|gifts(/[^/]+)?|summits(/[^/]+)?|people(/[^/]+)?|countries(/[^/]+)?"
              + "|photos/[^/]+|timeline|flows)");

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
          "date",
          "transfer-encoding",
          "connection",
          "x-cache");

  private static final int LARGEST_PAGE = 1024 * 1024;

  /** Longer keys (long searches) are rendered each time rather than kept. */
  private static final int LONGEST_KEY = 1024;

  @Inject transient PageCache cache;
  @Inject transient PageFreshness freshness;
  @Inject transient MetricRegistry metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!publicPage(request)) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(Site.PUBLIC_PAGE, Boolean.TRUE);
    String key = key(request);
    if (!cache.enabled()
        || !"GET".equals(request.getMethod())
        || key == null
        || key.length() > LONGEST_KEY) {
      chain.doFilter(request, response);
      return;
    }
    PageCache.Epoch epoch = cache.epoch();
    // A request with "Cache-Control: no-cache" (a browser's forced reload) gets a fresh page.
    PageCache.Cached page = revalidate(request) ? null : cache.get(key, epoch);
    if (page != null) {
      metrics.counter("summitry_page_cache", new Tag("outcome", "hit")).inc();
      response.setStatus(HttpServletResponse.SC_OK);
      for (Map.Entry<String, String> header : page.headers()) {
        if (header.getKey().equalsIgnoreCase("Content-Type")) {
          response.setContentType(header.getValue());
        } else {
          response.addHeader(header.getKey(), header.getValue());
        }
      }
      response.setHeader("X-Cache", "hit");
      response.setContentLength(page.body().length);
      response.getOutputStream().write(page.body());
      return;
    }
    metrics.counter("summitry_page_cache", new Tag("outcome", "miss")).inc();
    response.setHeader("X-Cache", "miss");
    Copy copy = new Copy(response);
    chain.doFilter(request, copy);
    copy.finish();
    if (storable(request, response, copy) && !freshness.isBehind()) {
      cache.put(
          key, new PageCache.Cached(headers(response), copy.body(), System.nanoTime()), epoch);
    }
  }

  /** A public page asked for (or its headers only) by a visitor who is not signed in. */
  private static boolean publicPage(HttpServletRequest request) {
    String method = request.getMethod();
    if (!("GET".equals(method) || "HEAD".equals(method)) || request.getUserPrincipal() != null) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return PAGES.matcher(path).matches();
  }

  private static boolean revalidate(HttpServletRequest request) {
    String control = request.getHeader("Cache-Control");
    String pragma = request.getHeader("Pragma");
    return (control != null && control.toLowerCase(Locale.ROOT).contains("no-cache"))
        || (pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache"));
  }

  /**
   * The address as asked for, with the host (without a configured public URL, pages link to it) and
   * only the parameters pages read, sorted by name, each value as sent; null when a name cannot be
   * decoded (the page is then not kept: the key must name every parameter the page reads, and
   * {@code %71} is {@code q} to the page).
   */
  static String key(HttpServletRequest request) {
    StringBuilder key = new StringBuilder(request.getRequestURL());
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

  /** Sends the page on as it is written and keeps a copy of it, up to {@link #LARGEST_PAGE}. */
  private static final class Copy extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream(16 * 1024);
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Copy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
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
      if (writer != null) {
        writer.flush();
      }
      super.flushBuffer();
    }

    private void keep(byte[] b, int off, int len) {
      if (overflowed) {
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
      if (writer != null) {
        writer.flush();
      }
    }

    boolean overflowed() {
      return overflowed;
    }

    byte[] body() {
      return kept.toByteArray();
    }
  }
}
