package org.summitry.platform.boundary;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Errors for programs rather than people: RFC 9457 problem details ({@code
 * application/problem+json}) with {@code type}, {@code title}, {@code status}, {@code detail} and
 * {@code instance}, and extension members such as the {@code parameter} that was not understood.
 * Everything under {@code /api/} answers this way, so a client never has to parse an HTML page.
 */
public final class ProblemDetails {

  /** Looked up once: {@code Json.create…} looks it up through the class loader at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String MEDIA_TYPE = "application/problem+json";

  /** The path prefix, below the context path, of the requests answered with problem details. */
  static final String API_PREFIX = "/api/";

  private ProblemDetails() {}

  /** Whether this request is one of the API's, whose errors are problem details. */
  public static boolean wanted(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith(API_PREFIX);
  }

  /**
   * A problem of the {@code about:blank} type, whose title is the status's reason phrase.
   *
   * @param detail what went wrong in this occurrence, in words a developer can act on
   * @param instance the request's path and query, naming this occurrence
   * @param extensions further members, such as {@code parameter}
   */
  public static Response response(
      int status, String detail, String instance, Map<String, String> extensions) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .header("Cache-Control", "no-store")
        .entity(body(status, detail, instance, extensions))
        .build();
  }

  /** The JSON text of such a problem, for answers written before JAX-RS is reached. */
  public static String body(
      int status, String detail, String instance, Map<String, String> extensions) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title(status))
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (instance != null) {
      body.add("instance", instance);
    }
    extensions.forEach(body::add);
    return body.build().toString();
  }

  /** The request's path and query as the client sent them, for {@code instance}. */
  public static String instance(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    if (known != null) {
      return known.getReasonPhrase();
    }
    return switch (status) {
      case 422 -> "Unprocessable Content";
      case 413 -> "Content Too Large";
      case 429 -> "Too Many Requests";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}
