package org.summitry.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * Where the operator creates the first administrator with the one-time link from the log. A link
 * that is unknown, expired or used, or an archive that has users, gets a page saying so (404).
 */
@Controller
@Path("setup")
@RequestScoped
public class SetupPage {

  private static final String VIEW = "accounts/setup.html";
  private static final String CLOSED = "accounts/setup-closed.html";

  @Inject Models models;
  @Inject Users users;

  @GET
  @Produces("text/html;charset=UTF-8")
  public Response form(@QueryParam("token") String token) {
    if (!users.setupOpen(token)) {
      return closed();
    }
    models.put("token", token);
    models.put("username", "");
    models.put("errors", Map.of());
    return Response.ok(VIEW).build();
  }

  @POST
  @Produces("text/html;charset=UTF-8")
  public Response create(
      @FormParam("token") String token,
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("confirmation") String confirmation) {
    try {
      users.completeSetup(token, username, password, confirmation);
      return Response.seeOther(URI.create("/sign-in?created")).build();
    } catch (InvalidForm invalid) {
      models.put("token", token);
      models.put("username", username == null ? "" : username.strip());
      models.put("errors", invalid.errors());
      return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    } catch (SetupClosed closed) {
      return closed();
    }
  }

  private static Response closed() {
    return Response.status(Response.Status.NOT_FOUND).entity(CLOSED).build();
  }
}
