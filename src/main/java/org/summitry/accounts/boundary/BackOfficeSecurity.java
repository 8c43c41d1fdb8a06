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
import java.util.Optional;
import org.summitry.accounts.entity.Role;

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
 */
@ApplicationScoped
public class BackOfficeSecurity implements HttpAuthenticationMechanism {

  /** The session attribute naming the signed-in user (a String, so it moves with the session). */
  static final String SIGNED_IN = BackOfficeSecurity.class.getName() + ".signedIn";

  /** The back-office page to go on to after signing in, kept in the visitor's session. */
  static final String REQUESTED_PAGE = BackOfficeSecurity.class.getName() + ".requestedPage";

  private static final String SIGN_IN = "/sign-in";

  @Inject IdentityStoreHandler identityStores;
  @Inject Users users;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        request.getSession().setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof String username) {
      Optional<Role> role = users.enabledRole(username);
      if (role.isPresent()) {
        return context.notifyContainerAboutLogin(username, role.get().groups());
      }
      session.removeAttribute(SIGNED_IN);
    }
    if (context.isProtected()) {
      if ("GET".equals(request.getMethod())) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request
            .getSession()
            .setAttribute(REQUESTED_PAGE, query == null ? path : path + "?" + query);
      }
      return context.redirect(request.getContextPath() + SIGN_IN);
    }
    return context.doNothing();
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
