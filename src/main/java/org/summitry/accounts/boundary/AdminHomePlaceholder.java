package org.summitry.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * Answers {@code /admin} until the curation component's dashboard takes this address; delete this
 * class and {@code accounts/admin-home.html} then.
 */
@Controller
@Path("admin")
@RequestScoped
public class AdminHomePlaceholder {

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show() {
    return "accounts/admin-home.html";
  }
}
