package org.summitry.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.summitry.platform.control.Templates;

/**
 * A form without a valid CSRF token gets the site's 403 page saying nothing was changed, rather
 * than the bare error report Krazo's own mapper leads to.
 */
@Provider
@Priority(1)
public class CsrfRefusals implements ExceptionMapper<CsrfValidationException> {

  @Inject Templates templates;

  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @Override
  public Response toResponse(CsrfValidationException refused) {
    return ErrorPages.page(templates, request, response, refused);
  }
}
