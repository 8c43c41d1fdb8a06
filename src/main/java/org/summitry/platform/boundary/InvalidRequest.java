package org.summitry.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A request the visitor can correct (a page number that is not a number, an unknown filter value):
 * answered with a 400 page that shows {@link #getMessage()}.
 */
public class InvalidRequest extends WebApplicationException {

  public InvalidRequest(String message) {
    super(message, Response.Status.BAD_REQUEST);
  }
}
