package org.summitry.platform.boundary;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * All pages, files and APIs are JAX-RS resources under the root; Jakarta MVC renders the pages.
 * CSRF protection is implicit: every POST, PUT, PATCH and DELETE to a controller must carry the
 * session's token, so no form can forget it.
 */
@ApplicationPath("/")
public class Site extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.IMPLICIT);
  }
}
