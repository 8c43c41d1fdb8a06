package org.summitry.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the language of each request, first of all filters.
 *
 * <ul>
 *   <li>{@code /ko/…} and {@code /ru/…} are the Korean and Russian public pages: the prefix is
 *       taken off before anything else sees the address, and links the page makes to other public
 *       pages ({@code encodeURL}, which Thymeleaf's {@code @{…}} calls) get it back. The page cache
 *       keys pages by the address as asked for ({@link #ORIGINAL_URL}), prefix included.
 *   <li>A plain public page is English. A visitor whose browser ranks Korean or Russian first and
 *       who has not chosen a language, or who chose one with the switcher (the {@value
 *       Language#COOKIE} cookie), is sent to that language's address (302, not kept by any cache);
 *       plain pages carry {@code Vary: Accept-Language}.
 *   <li>{@code ?lang=xx} on any address is the switcher: it remembers the choice in the cookie and
 *       sends the visitor to the same address without the parameter.
 *   <li>In the back office, sign-in and setup the language is the cookie's, else the browser's,
 *       else English; those pages are never kept. Everything else (feeds, the API, OAI-PMH,
 *       sitemaps, files) is English, the same whoever asks, since shared caches keep it by address.
 * </ul>
 */
public class LanguagePrefix extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The request attribute holding the address as asked for, prefix included. */
  public static final String ORIGINAL_URL = LanguagePrefix.class.getName() + ".url";

  /** The request attribute holding the path without prefix and context path, with its query. */
  public static final String PATH = LanguagePrefix.class.getName() + ".path";

  /** The request attribute marking a plain public page, whose language was negotiated. */
  private static final String NEGOTIATED = LanguagePrefix.class.getName() + ".negotiated";

  private static final Pattern PREFIXED = Pattern.compile("/(ko|ru)(/.*)?");

  /**
   * The public pages, by path without prefix: they exist in every language under a prefix, and the
   * public page cache keeps them. A new public page is added here, once.
   */
  public static final Pattern PUBLIC_PAGES =
      Pattern.compile(
          "/(|search|gifts(/[^/]+)?|summits(/[^/]+)?|people(/[^/]+)?|countries(/[^/]+)?"
              + "|photos(/[^/]+)?|sources(/[^/]+)?|stories(/[^/]+)?|timeline|map|flows|statistics)");

  /** What only signed-in staff (and those signing in) see: never kept, so it may vary freely. */
  private static final Pattern BACK_OFFICE =
      Pattern.compile("/(admin|setup|sign-in|sign-out)(/.*)?");

  private static final Pattern LANG_PARAMETER = Pattern.compile("(^|&)lang=([^&]*)");

  /** An absolute http(s) address: the scheme and authority, and the rest from the path on. */
  private static final Pattern ABSOLUTE = Pattern.compile("(https?://[^/?#]+)(/.*)?");

  private static final int ONE_YEAR = 365 * 24 * 3600;

  /** Whether {@code path} (without context path) is a public page, kept in every language. */
  public static boolean localised(String path) {
    return PUBLIC_PAGES.matcher(path).matches();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String context = request.getContextPath();
    String path = request.getRequestURI().substring(context.length());
    String query = request.getQueryString();
    boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    Matcher prefixed = PREFIXED.matcher(path);
    // Only public pages have a prefix. Anything else keeps its address, so that /ko/admin is not
    // routed as /admin past the container's security constraint (checked before any filter) but
    // answered 404 like any unknown address.
    boolean routed =
        prefixed.matches() && localised(prefixed.group(2) == null ? "/" : prefixed.group(2));
    Language language;
    String stripped;
    if (routed) {
      language = Language.of(prefixed.group(1)).orElseThrow();
      stripped = prefixed.group(2) == null ? "/" : prefixed.group(2);
    } else {
      // An unknown address under a prefix (/ko/no-such-page) is answered 404 in that language.
      language = prefixed.matches() ? Language.of(prefixed.group(1)).orElseThrow() : null;
      stripped = path;
    }
    // "//host" or "/\host" would send the visitor to another site: only plain paths switch.
    boolean plainPath = !path.startsWith("//") && !path.startsWith("/\\");
    if (reading
        && query != null
        && plainPath
        && switched(request, response, context + path, query)) {
      return;
    }
    boolean page = localised(stripped);
    if (language == null) {
      if (page) {
        Optional<Language> wanted =
            Language.remembered(request).or(() -> Language.accepted(request));
        if (reading && wanted.isPresent() && wanted.get() != Language.ENGLISH) {
          response.setStatus(HttpServletResponse.SC_FOUND);
          response.setHeader(
              "Location",
              context + wanted.get().prefix() + path + (query == null ? "" : "?" + query));
          response.setHeader("Cache-Control", "no-store");
          response.setHeader("Vary", "Accept-Language, Cookie");
          return;
        }
        language = Language.ENGLISH;
        request.setAttribute(NEGOTIATED, Boolean.TRUE);
      } else if (BACK_OFFICE.matcher(path).matches()) {
        language =
            Language.remembered(request)
                .or(() -> Language.accepted(request))
                .orElse(Language.ENGLISH);
      } else {
        // Feeds, the API, OAI-PMH and files are kept by shared caches under their address
        // alone: they answer the same whoever asks.
        language = Language.ENGLISH;
      }
    }
    request.setAttribute(Language.ATTRIBUTE, language);
    request.setAttribute(ORIGINAL_URL, request.getRequestURL().toString());
    request.setAttribute(PATH, stripped + (query == null ? "" : "?" + query));
    Language.serving(language);
    try {
      HttpServletRequest asked = routed ? new Unprefixed(request, context + stripped) : request;
      Matcher origin = ABSOLUTE.matcher(request.getRequestURL());
      chain.doFilter(
          asked,
          new Prefixing(response, context, language, origin.matches() ? origin.group(1) : ""));
    } finally {
      Language.serving(null);
    }
  }

  /**
   * The switcher's {@code ?lang=xx}: remembers the choice and sends the visitor on to the address
   * without the parameter. Returns false when the parameter names no language of the interface.
   */
  private static boolean switched(
      HttpServletRequest request, HttpServletResponse response, String uri, String query) {
    Matcher parameter = LANG_PARAMETER.matcher(query);
    if (!parameter.find()) {
      return false;
    }
    Optional<Language> chosen = Language.of(parameter.group(2));
    if (chosen.isEmpty()) {
      return false;
    }
    String rest = LANG_PARAMETER.matcher(query).replaceAll("").replaceFirst("^&", "");
    Cookie cookie = new Cookie(Language.COOKIE, chosen.get().code());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", uri + (rest.isEmpty() ? "" : "?" + rest));
    response.setHeader("Cache-Control", "no-store");
    return true;
  }

  /**
   * {@code vary} with {@code Accept-Language} added when the request is for a plain public page,
   * whose answer (the page or a redirect to another language) depends on it.
   */
  public static String vary(HttpServletRequest request, String vary) {
    return Boolean.TRUE.equals(request.getAttribute(NEGOTIATED))
        ? vary + ", Accept-Language"
        : vary;
  }

  /** The request as it would be without the language prefix. */
  private static final class Unprefixed extends HttpServletRequestWrapper {

    private final String uri;

    Unprefixed(HttpServletRequest request, String uri) {
      super(request);
      this.uri = uri;
    }

    @Override
    public String getRequestURI() {
      return uri;
    }

    @Override
    public StringBuffer getRequestURL() {
      StringBuffer url = super.getRequestURL();
      String original = super.getRequestURI();
      int at = url.lastIndexOf(original);
      return at < 0 ? url : new StringBuffer(url.substring(0, at)).append(uri);
    }

    @Override
    public String getServletPath() {
      String servletPath = super.getServletPath();
      return servletPath.isEmpty() ? servletPath : uri.substring(getContextPath().length());
    }

    @Override
    public String getPathInfo() {
      return super.getServletPath().isEmpty() ? uri.substring(getContextPath().length()) : null;
    }
  }

  /** Gives in-app links to public pages the language's prefix. */
  private static final class Prefixing extends HttpServletResponseWrapper {

    private final String context;
    private final Language language;
    private final String origin;

    Prefixing(HttpServletResponse response, String context, Language language, String origin) {
      super(response);
      this.context = context;
      this.language = language;
      this.origin = origin;
    }

    @Override
    public String encodeURL(String url) {
      return super.encodeURL(prefixed(url));
    }

    @Override
    public String encodeRedirectURL(String url) {
      return super.encodeRedirectURL(prefixed(url));
    }

    /**
     * Redirects to public pages stay in the language: JAX-RS builds them absolute from the
     * unprefixed address ({@code http://host/gifts/new-slug} after a slug changed).
     */
    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "Location".equalsIgnoreCase(name) ? relocated(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "Location".equalsIgnoreCase(name) ? relocated(value) : value);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(relocated(location));
    }

    private String relocated(String location) {
      if (language == Language.ENGLISH || location == null) {
        return location;
      }
      Matcher absolute = ABSOLUTE.matcher(location);
      if (!absolute.matches()) {
        return prefixed(location);
      }
      // Only this site's own pages: another site's address is left as it is.
      return absolute.group(2) != null && absolute.group(1).equalsIgnoreCase(origin)
          ? origin + prefixed(absolute.group(2))
          : location;
    }

    private String prefixed(String url) {
      if (language == Language.ENGLISH || url == null || !url.startsWith(context + "/")) {
        return url;
      }
      String path = url.substring(context.length());
      int end = path.length();
      for (char stop : new char[] {'?', '#', ';'}) {
        int at = path.indexOf(stop);
        if (at >= 0 && at < end) {
          end = at;
        }
      }
      return localised(path.substring(0, end)) ? context + language.prefix() + path : url;
    }
  }
}
