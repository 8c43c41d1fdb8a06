package org.summitry.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the container authenticates. A visitor who asks for a page under {@code /admin} (protected in
 * {@code web.xml}) is redirected to the sign-in form, whose controller hands the credentials to
 * {@link jakarta.security.enterprise.SecurityContext#authenticate}, which lands here.
 *
 * <p>The signed-in username is kept as a plain session attribute, not as the container's session
 * principal: Payara replicates attributes with the session to the other instances of a cluster, but
 * rebuilds a session principal there without the caller's groups, which locked curators out after a
 * failover. The role is read from the database at each request, so a user who is disabled or
 * demoted loses the right at their next request, on whichever instance.
 *
 * <p>A session also remembers the version of the user's row it was signed in under and when: a new
 * password, a new role or disabling the account changes the version, which ends every session of
 * that user on every instance; and no session lasts longer than {@code SUMMITRY_SESSION_MAX_HOURS},
 * however active. Either way the session is invalidated and the user signs in again.
 */
@ApplicationScoped
public class BackOfficeSecurity implements HttpAuthenticationMechanism {

  /** The session attribute naming the signed-in user (a String, so it moves with the session). */
  static final String SIGNED_IN = BackOfficeSecurity.class.getName() + ".signedIn";

  /** The back-office page to go on to after signing in, kept in the visitor's session. */
  static final String REQUESTED_PAGE = BackOfficeSecurity.class.getName() + ".requestedPage";

  /** The version of the user's row at sign-in (a Long). */
  static final String CREDENTIALS = BackOfficeSecurity.class.getName() + ".credentials";

  /** When the session was signed in, in epoch milliseconds (a Long). */
  static final String SIGNED_IN_AT = BackOfficeSecurity.class.getName() + ".signedInAt";

  private static final String SIGN_IN = "/sign-in";

  @Inject IdentityStoreHandler identityStores;
  @Inject Users users;

  private Duration lifetime = Duration.ofHours(12);

  @Inject
  void configure(
      @ConfigProperty(name = "summitry.session.max.hours", defaultValue = "12") double hours) {
    this.lifetime = Duration.ofSeconds(Math.max(60, Math.round(hours * 3600)));
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        String username = result.getCallerPrincipal().getName();
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN, username);
        session.setAttribute(
            CREDENTIALS, users.standing(username).map(Users.Standing::version).orElse(-1L));
        session.setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof String username) {
      Optional<Users.Standing> standing;
      try {
        standing = users.standing(username);
      } catch (RuntimeException unreachable) {
        // Without the database nobody can be vouched for: the page is shown as to a visitor
        // (which says the archive is resting), and the session is kept for when it is back.
        return context.isProtected()
            ? context.redirect(request.getContextPath() + SIGN_IN)
            : context.doNothing();
      }
      if (standing.isPresent() && current(session, standing.get())) {
        return context.notifyContainerAboutLogin(username, standing.get().role().groups());
      }
      // Signed in under an old password or role, disabled since, or too long ago.
      session.invalidate();
    }
    if (context.isProtected()) {
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        String asked = request.getRequestURI().substring(request.getContextPath().length());
        backOfficePath(query == null ? asked : asked + "?" + query)
            .ifPresent(page -> request.getSession().setAttribute(REQUESTED_PAGE, page));
      }
      return context.redirect(request.getContextPath() + SIGN_IN);
    }
    return context.doNothing();
  }

  boolean current(HttpSession session, Users.Standing standing) {
    return session.getAttribute(CREDENTIALS) instanceof Long version
        && version == standing.version()
        && session.getAttribute(SIGNED_IN_AT) instanceof Long since
        && System.currentTimeMillis() - since < lifetime.toMillis();
  }

  /**
   * {@code asked} (a path below the context path, with its query) when it is a back-office page of
   * this site, normalised; nothing for anything else, such as {@code //evil.example/../admin},
   * which a browser would read as another site. Only such a path is ever a page to return to.
   */
  static Optional<String> backOfficePath(String asked) {
    if (asked == null || asked.indexOf('\\') >= 0 || asked.chars().anyMatch(c -> c < 0x20)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(asked);
      if (uri.getScheme() != null
          || uri.getRawAuthority() != null
          || uri.getRawFragment() != null) {
        return Optional.empty();
      }
      String path = uri.normalize().getRawPath();
      String lower = path == null ? "" : path.toLowerCase(java.util.Locale.ROOT);
      if (path == null
          || lower.contains("%2e")
          || lower.contains("%2f")
          || lower.contains("%5c")
          || !(path.equals("/admin") || path.startsWith("/admin/"))
          || path.contains("//")
          || path.contains("/.")) {
        return Optional.empty();
      }
      return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Signing out (or in as someone else) forgets the signed-in user. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
