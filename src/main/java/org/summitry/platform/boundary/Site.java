package org.summitry.platform.boundary;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.summitry.platform.control.PublicPageCsrfTokens;

/**
 * All pages, files and APIs are JAX-RS resources under the root; Jakarta MVC renders the pages.
 * CSRF protection is implicit: every POST, PUT, PATCH and DELETE to a controller must carry the
 * session's token, so no form can forget it. Public pages seen without a session open none (see
 * {@link PublicPageCsrfTokens}).
 */
@ApplicationPath("/")
public class Site extends Application {

  /**
   * The request attribute ({@code Boolean.TRUE}) that marks a public page asked for by a visitor
   * who is not signed in, set before the page is rendered: no session is opened for it.
   */
  public static final String PUBLIC_PAGE = Site.class.getName() + ".publicPage";

  /**
   * How much of an answer Jersey holds before sending any of it: a page up to this size goes out
   * whole, with a {@code Content-Length}, in one write rather than in 8 KB chunks (Jersey's
   * default), each a trip through the servlet container's buffers to the socket. Larger answers
   * (exports, photo files) stream as before, after this much.
   */
  static final int WHOLE_ANSWER_BYTES = 64 * 1024;

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        Csrf.CSRF_PROTECTION,
        Csrf.CsrfOptions.IMPLICIT,
        "org.eclipse.krazo.csrfTokenStrategy",
        new PublicPageCsrfTokens(),
        "jersey.config.server.contentLength.buffer",
        WHOLE_ANSWER_BYTES,
        // Registered here, before Krazo's own start-up: it then registers nothing itself.
        "jersey.config.server.provider.classnames",
        KrazoRequestStart.providerNames());
  }
}
