package org.summitry.accounts.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.summitry.accounts.entity.User;
import org.summitry.platform.boundary.ClientAddress;

/**
 * The sign-in form of the back office. Locked accounts and addresses are refused before the
 * password is checked; each failure is counted, answered a little more slowly, and locks the
 * account at the limit. On success the visitor goes on to the back-office page they had asked for.
 */
@Controller
@Path("sign-in")
@RequestScoped
public class SignInPage {

  private static final String VIEW = "accounts/sign-in.html";

  /**
   * Extra wait per failure beyond the first, up to a second: slows guessing, holds no connection.
   */
  private static final long DELAY_PER_FAILURE_MILLIS = 250;

  @Inject Models models;
  @Inject SecurityContext security;
  @Inject SignInAttempts attempts;
  @Inject ClientAddress clientAddress;

  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String form(@QueryParam("created") String created) {
    models.put("username", "");
    models.put("errors", Map.of());
    models.put("created", created != null);
    return VIEW;
  }

  @POST
  @Produces("text/html;charset=UTF-8")
  public Response signIn(
      @FormParam("username") String username, @FormParam("password") String password)
      throws ServletException {
    String name = User.normalize(username);
    models.put("username", username == null ? "" : username.strip());
    models.put("created", false);
    Map<String, String> errors = new LinkedHashMap<>();
    if (name.isEmpty()) {
      errors.put("username", "accounts.signIn.error.username");
    }
    if (password == null || password.isEmpty()) {
      errors.put("password", "accounts.signIn.error.password");
    }
    models.put("errors", errors);
    if (!errors.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    }
    String address = clientAddress.of(request);
    Optional<Lockout> lockout = attempts.lockout(name, address);
    if (lockout.isPresent()) {
      return locked(lockout.get());
    }
    if (request.getUserPrincipal() != null) {
      // The session would otherwise vouch for the signed-in user whatever password is typed.
      request.logout();
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(name, new Password(password))));
    Principal caller = security.getCallerPrincipal();
    if (status == AuthenticationStatus.SUCCESS && caller != null && name.equals(caller.getName())) {
      attempts.succeeded(name, address);
      request.changeSessionId();
      HttpSession session = request.getSession();
      Object target = session.getAttribute(BackOfficeSecurity.REQUESTED_PAGE);
      session.removeAttribute(BackOfficeSecurity.REQUESTED_PAGE);
      // Relative to the application's base, so the context path is kept; checked again, as the
      // session is only as trustworthy as what was put in it.
      String page =
          BackOfficeSecurity.backOfficePath(target instanceof String asked ? asked : null)
              .orElse("/admin");
      return Response.seeOther(URI.create(page.substring(1))).build();
    }
    int failures = attempts.failed(name, address);
    lockout = attempts.lockout(name, address);
    if (lockout.isPresent()) {
      return locked(lockout.get());
    }
    slowDown(failures);
    errors.put("username", "accounts.signIn.error.wrong");
    return Response.ok(VIEW).build();
  }

  private Response locked(Lockout lockout) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    models.put(
        "errors",
        Map.of(
            "username",
            lockout.ofAccount()
                ? "accounts.signIn.error.lockedAccount"
                : "accounts.signIn.error.lockedAddress"));
    models.put("minutes", lockout.minutesLeft(now));
    return Response.status(Response.Status.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, lockout.secondsLeft(now))
        .entity(VIEW)
        .build();
  }

  private static void slowDown(int failures) {
    long millis = Math.min(1000, DELAY_PER_FAILURE_MILLIS * Math.max(0, failures - 1));
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
