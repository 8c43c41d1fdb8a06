package org.summitry.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every request by page type, for {@code /metrics} (MicroProfile Metrics, served
 * by Payara Micro): {@code summitry_requests_seconds_count} and {@code _sum} tagged with the route
 * ({@code page="/gifts/{slug}"}), the HTTP method and the status class ({@code 2xx}...). The route
 * is the resource's path template, so the number of series stays that of the routes, however many
 * gifts there are.
 */
@Provider
@PreMatching
public class PageTimings implements ContainerRequestFilter, ContainerResponseFilter {

  static final Metadata REQUESTS =
      Metadata.builder()
          .withName("summitry.requests")
          .withDescription("Requests served by the archive, by route, method and status class")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

  private static final String STARTED = PageTimings.class.getName() + ".started";
  private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

  @Inject MetricRegistry registry;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    registry
        .timer(
            REQUESTS,
            new Tag("page", route()),
            new Tag("method", method(request.getMethod())),
            new Tag("status", response.getStatus() / 100 + "xx"))
        .update(Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * The request's method when it is one HTTP defines, else {@code OTHER}: a client may send any
   * token as a method, and each would otherwise start a series of its own.
   */
  static String method(String method) {
    return METHODS.contains(method) ? method : "OTHER";
  }

  /** The matched resource's path template, such as {@code /gifts/{slug}}. */
  private String route() {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    if (type == null || method == null) {
      return "(no route)";
    }
    String path = "/" + template(type.getAnnotation(Path.class));
    String sub = template(method.getAnnotation(Path.class));
    if (!sub.isEmpty()) {
      path = path.endsWith("/") ? path + sub : path + "/" + sub;
    }
    return path;
  }

  private static String template(Path path) {
    if (path == null) {
      return "";
    }
    String value = PARAMETER_REGEX.matcher(path.value()).replaceAll("{$1}");
    return value.replaceAll("^/+|/+$", "");
  }
}
