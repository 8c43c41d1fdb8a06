package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.summitry.curation.control.Guard;
import org.summitry.journal.boundary.Journal;

/** Who did what, when: the whole journal, newest first, for admins. */
@Controller
@Path("admin/audit")
@RequestScoped
public class AuditLog {

  @Inject Models models;
  @Inject Guard guard;
  @Inject Journal journal;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String show(@QueryParam("page") String page) {
    guard.require(Guard.ADMIN);
    int number = 1;
    try {
      number = page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      number = 1;
    }
    models.put("changes", journal.recent(number, 50));
    return "admin/audit.html";
  }
}
