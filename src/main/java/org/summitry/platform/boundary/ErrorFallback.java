package org.summitry.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container's own error pages ({@code error-page} in web.xml): what a visitor sees when a
 * failure happens outside the application's pages (in a filter, or while an error page was being
 * drawn), where {@link ErrorPages} cannot answer. Each is a static file under {@code
 * WEB-INF/errors} in each language ({@code 404.html}, {@code 404-ko.html}, {@code 404-ru.html}), so
 * it shows even when templates or the database do not work. The language is the failed address's
 * ({@code /ko/…}), else the one the visitor chose, else the browser's, else English. Asked for
 * directly, it answers 404.
 */
public class ErrorFallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PREFIXED = Pattern.compile("/(ko|ru)(/.*)?");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : HttpServletResponse.SC_NOT_FOUND;
    String page = status == 403 ? "403" : status >= 500 ? "500" : "404";
    Language language = language(request);
    String file =
        "/WEB-INF/errors/"
            + page
            + (language == Language.ENGLISH ? "" : "-" + language.code())
            + ".html";
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Language", language.code());
    response.setHeader("Cache-Control", "no-store");
    try (InputStream in = getServletContext().getResourceAsStream(file)) {
      if (in != null) {
        in.transferTo(response.getOutputStream());
      }
    }
  }

  static Language language(HttpServletRequest request) {
    String uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
            ? failed
            : request.getRequestURI();
    String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    Matcher prefixed = PREFIXED.matcher(path);
    if (prefixed.matches()) {
      return Language.of(prefixed.group(1)).orElseThrow();
    }
    return Language.remembered(request)
        .or(() -> Language.accepted(request))
        .orElse(Language.ENGLISH);
  }
}
