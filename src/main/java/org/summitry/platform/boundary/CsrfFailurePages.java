package org.summitry.platform.boundary;

import jakarta.mvc.security.CsrfValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Sends a form without its CSRF token to {@link ErrorPages}. Krazo maps this exception itself, to a
 * bare 403 with the server's default error page, and a mapper of the exact type wins over {@link
 * ErrorPages}'s mapper of every {@link Throwable}; this one outranks Krazo's (priority 10000) by
 * the default priority.
 */
@Provider
public class CsrfFailurePages implements ExceptionMapper<CsrfValidationException> {

  @Context Providers providers;

  @Override
  public Response toResponse(CsrfValidationException failure) {
    return providers.getExceptionMapper(Throwable.class).toResponse(failure);
  }
}
