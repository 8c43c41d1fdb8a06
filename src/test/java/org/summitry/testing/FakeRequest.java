package org.summitry.testing;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as a servlet filter sees it, for unit tests of code that reads only the request line,
 * headers and peer address; anything else it is asked throws, so a test cannot pass by accident.
 */
public final class FakeRequest {

  private String method = "GET";
  private String uri = "/";
  private String query;
  private String remoteAddr = "192.0.2.1";
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Map<String, Object> attributes = new LinkedHashMap<>();

  public static FakeRequest get(String uriAndQuery) {
    return new FakeRequest().method("GET").at(uriAndQuery);
  }

  public static FakeRequest post(String uriAndQuery) {
    return new FakeRequest().method("POST").at(uriAndQuery);
  }

  public FakeRequest method(String method) {
    this.method = method;
    return this;
  }

  public FakeRequest at(String uriAndQuery) {
    int question = uriAndQuery.indexOf('?');
    this.uri = question < 0 ? uriAndQuery : uriAndQuery.substring(0, question);
    this.query = question < 0 ? null : uriAndQuery.substring(question + 1);
    return this;
  }

  public FakeRequest from(String remoteAddr) {
    this.remoteAddr = remoteAddr;
    return this;
  }

  public FakeRequest header(String name, String... values) {
    headers.put(name.toLowerCase(Locale.ROOT), List.of(values));
    return this;
  }

  public HttpServletRequest build() {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (self, called, args) ->
                switch (called.getName()) {
                  case "getMethod" -> method;
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  case "getQueryString" -> query;
                  case "getRequestURL" -> new StringBuffer("http://summitry.test" + uri);
                  case "getRemoteAddr" -> remoteAddr;
                  case "getHeader" -> first((String) args[0]);
                  case "getHeaders" ->
                      Collections.enumeration(
                          headers.getOrDefault(
                              ((String) args[0]).toLowerCase(Locale.ROOT), List.of()));
                  case "getContentType" -> first("Content-Type");
                  case "getContentLengthLong" -> {
                    String length = first("Content-Length");
                    yield length == null ? -1L : Long.parseLong(length);
                  }
                  case "getUserPrincipal" -> null;
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                  case "removeAttribute" -> {
                    attributes.remove((String) args[0]);
                    yield null;
                  }
                  case "setAttribute" -> {
                    attributes.put((String) args[0], args[1]);
                    yield null;
                  }
                  case "getServletPath" -> "";
                  case "getPathInfo" -> uri;
                  case "isSecure" -> false;
                  case "getCookies" -> cookies();
                  case "getLocales" -> Collections.enumeration(locales());
                  case "toString" -> method + " " + uri;
                  default -> throw new UnsupportedOperationException(called.getName());
                });
  }

  /** The cookies of the Cookie header, as the container parses them. */
  private Cookie[] cookies() {
    String header = first("Cookie");
    if (header == null) {
      return null;
    }
    List<Cookie> cookies = new ArrayList<>();
    for (String pair : header.split(";")) {
      String[] parts = pair.strip().split("=", 2);
      cookies.add(new Cookie(parts[0], parts.length > 1 ? parts[1] : ""));
    }
    return cookies.toArray(new Cookie[0]);
  }

  /** Accept-Language's ranges, most wanted first, as the container orders them. */
  private List<Locale> locales() {
    String header = first("Accept-Language");
    if (header == null) {
      return List.of(Locale.getDefault());
    }
    List<Locale> locales = new ArrayList<>();
    for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
      locales.add(Locale.forLanguageTag(range.getRange()));
    }
    return locales;
  }

  private String first(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
