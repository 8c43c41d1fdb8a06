package org.summitry.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;
import org.eclipse.krazo.security.SessionCsrfTokenStrategy;
import org.summitry.platform.boundary.Site;

/**
 * CSRF tokens as Krazo keeps them, in the session, except on the public pages of visitors who have
 * no session: Krazo puts a token in a header of every page, and keeping it would open a session
 * (and a cookie) for every visitor, which no public page needs (none of them has a form that posts)
 * and which would keep those pages out of any cache. There the token is made up and forgotten; a
 * form posted from such a page would be refused as having no valid token.
 */
public final class PublicPageCsrfTokens implements CsrfTokenStrategy {

  private final CsrfTokenStrategy sessions =
      new SessionCsrfTokenStrategy.Builder().headerName("X-CSRF-TOKEN").paramName("_csrf").build();

  @Override
  public Optional<CsrfToken> getToken(
      HttpServletRequest request, HttpServletResponse response, boolean create) {
    if (Boolean.TRUE.equals(request.getAttribute(Site.PUBLIC_PAGE))
        && request.getSession(false) == null) {
      return create
          ? Optional.of(new CsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString()))
          : Optional.empty();
    }
    return sessions.getToken(request, response, create);
  }
}
