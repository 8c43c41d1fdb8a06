package org.summitry.platform.boundary;

import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.summitry.platform.control.Layout;
import org.summitry.platform.control.Templates;

/**
 * Turns every failure into a page in the site's design with the right status: 404 for what does not
 * exist, 400 with the reason for requests a visitor can correct, 500 with a reference number (and
 * the stack trace only in the log) for everything else. Expected refusals never put a stack trace
 * in the log: a CSRF refusal is one line naming the request, the other 4xx answers none. Requests
 * to the API under {@code /api/} get the same statuses as {@link ProblemDetails} instead of a page.
 */
@Provider
public class ErrorPages implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  @Inject Templates templates;

  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @Override
  public Response toResponse(Throwable failure) {
    if (ProblemDetails.wanted(request)) {
      return problem(request, failure);
    }
    return page(templates, request, response, failure);
  }

  /**
   * A form body that is not valid URL encoding (a stray {@code %}): the JDK's decoder throws while
   * the form is parsed, before any resource runs. It is the sender's mistake, not a failure.
   */
  private static boolean malformedForm(Throwable failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    return failure instanceof IllegalArgumentException
        && trace.length > 0
        && trace[0].getClassName().equals("java.net.URLDecoder");
  }

  /** Seconds a client is asked to wait while the database cannot be reached. */
  static final int RETRY_AFTER_SECONDS = 30;

  /**
   * Whether {@code failure} comes from the database being out of reach (stopped, restarting, the
   * network down) rather than from a fault of the request or the code: a connection that could not
   * be made or was cut (SQLState class 08, PostgreSQL's 57P01–57P03), or the pool finding none.
   */
  static boolean databaseUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        String state = String.valueOf(sql.getSQLState());
        if (state.startsWith("08") || state.matches("57P0[123]")) {
          return true;
        }
      }
      if (cause instanceof java.net.ConnectException
          || String.valueOf(cause.getMessage()).contains("Error in allocating a connection")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static void logUnreachable(HttpServletRequest request, Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.toString();
    LOG.warning(
        () ->
            "The database cannot be reached; answered 503 to "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + ": "
                + reason);
  }

  /** The failure of an API request as problem details, with the same statuses as the pages. */
  static Response problem(HttpServletRequest request, Throwable failure) {
    String instance = ProblemDetails.instance(request);
    if (databaseUnreachable(failure)) {
      logUnreachable(request, failure);
      return Response.fromResponse(
              ProblemDetails.response(
                  503,
                  Templates.message(Language.of(request).locale(), "error.503.detail"),
                  instance,
                  Map.of()))
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    if (failure instanceof WebApplicationException web
        && ProblemDetails.MEDIA_TYPE.equals(String.valueOf(web.getResponse().getMediaType()))) {
      return web.getResponse();
    }
    if (failure instanceof InvalidRequest invalid) {
      return ProblemDetails.response(
          400,
          Templates.message(
              Language.of(request).locale(), invalid.key(), invalid.arguments().toArray()),
          instance,
          Map.of());
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      Response problem =
          ProblemDetails.response(
              status,
              switch (status) {
                case 404 -> Templates.message(Language.of(request).locale(), "error.problem.404");
                case 405 ->
                    Templates.message(
                        Language.of(request).locale(), "error.problem.405", request.getMethod());
                default -> web.getMessage();
              },
              instance,
              Map.of());
      String allow = web.getResponse().getHeaderString("Allow");
      return allow == null
          ? problem
          : Response.fromResponse(problem).header("Allow", allow).build();
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(
        Level.SEVERE,
        failure,
        () -> "Failed " + request.getMethod() + " " + instance + " [ref " + reference + "]");
    return ProblemDetails.response(
        500,
        Templates.message(Language.of(request).locale(), "error.problem.500", reference),
        instance,
        Map.of("reference", reference));
  }

  /** The error page for {@code failure}, with its status. */
  static Response page(
      Templates templates,
      HttpServletRequest request,
      HttpServletResponse response,
      Throwable failure) {
    int status = 500;
    Map<String, Object> model = new HashMap<>();
    if (failure instanceof InvalidRequest invalid) {
      status = 400;
      model.put(
          "reason",
          Templates.message(
              Language.of(request).locale(), invalid.key(), invalid.arguments().toArray()));
    } else if (failure instanceof CsrfValidationException) {
      status = 403;
      model.put("reason", Templates.message(Language.of(request).locale(), "error.csrf"));
      LOG.info(
          () ->
              "Refused "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + ": no valid CSRF token");
    } else if (malformedForm(failure)) {
      status = 400;
      model.put("reason", Templates.message(Language.of(request).locale(), "error.form"));
    } else if (failure instanceof WebApplicationException web) {
      status = web.getResponse().getStatus();
    } else if (databaseUnreachable(failure)) {
      status = 503;
    }
    String template;
    if (status == 503) {
      logUnreachable(request, failure);
      template = "errors/503";
    } else if (status == 404 || status == 405 && "GET".equals(request.getMethod())) {
      status = 404;
      template = "errors/404";
    } else if (status == 403) {
      template = "errors/403";
    } else if (status >= 400 && status < 500) {
      template = "errors/400";
    } else {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(
          Level.SEVERE,
          failure,
          () ->
              "Failed "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + " [ref "
                  + reference
                  + "]");
      model.put("reference", reference);
      template = "errors/500";
    }
    model.put("status", status);
    StringWriter html = new StringWriter();
    Layout.addTo(model, request);
    templates.render(template, model, Language.of(request).locale(), request, response, html);
    Response.ResponseBuilder page =
        Response.status(status)
            .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
            .header("Cache-Control", "no-store")
            .entity(html.toString());
    return status == 503 ? page.header("Retry-After", RETRY_AFTER_SECONDS).build() : page.build();
  }
}
