package org.summitry.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signs the caller out and ends their session, so nothing of it (the identity, the CSRF token) can
 * be reused; a POST with the CSRF token, so no other site can sign anyone out.
 */
@Controller
@Path("sign-out")
@RequestScoped
public class SignOut {

  @Context HttpServletRequest request;

  @POST
  public Response signOut() throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.seeOther(URI.create("/")).build();
  }
}
