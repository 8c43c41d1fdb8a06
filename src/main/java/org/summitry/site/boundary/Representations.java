package org.summitry.site.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.summitry.platform.boundary.LanguagePrefix;
import org.summitry.platform.boundary.Representation;

/**
 * Content negotiation for an entry's public address ({@code /summits/{slug}}, {@code
 * /gifts/{slug}}, {@code /people/{slug}}, {@code /countries/{code}}, {@code /photos/{id}}): a
 * client preferring {@code application/ld+json} gets the JSON-LD the page embeds, rendered by the
 * same controller from the same model; one preferring {@code application/json} is sent on (303) to
 * the entry in the API. Every entry page names both twins in {@code <link rel="alternate">} and in
 * an HTTP {@code Link} header.
 */
public class Representations extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final Pattern ENTRY = Pattern.compile("/(summits|gifts|people|countries|photos)/[^/]+");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!("GET".equals(method) || "HEAD".equals(method)) || !ENTRY.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    Representation wanted = Representation.preferred(request.getHeader("Accept"));
    switch (wanted) {
      case DATA -> {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/api/v1" + path);
        response.setHeader("Vary", LanguagePrefix.vary(request, "Accept-Encoding, Accept"));
      }
      case LINKED_DATA -> {
        request.setAttribute(Representation.ATTRIBUTE, Representation.LINKED_DATA);
        chain.doFilter(new AskingForPage(request), response);
      }
      default -> chain.doFilter(request, response);
    }
  }

  /**
   * The request as the page's controller must see it: asking for HTML, so that the page's method is
   * chosen; the view engine then writes the JSON-LD twin instead of the page.
   */
  private static final class AskingForPage extends HttpServletRequestWrapper {

    AskingForPage(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return "Accept".equalsIgnoreCase(name) ? "text/html" : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Accept".equalsIgnoreCase(name)
          ? Collections.enumeration(java.util.List.of("text/html"))
          : super.getHeaders(name);
    }
  }
}
