package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.summitry.curation.control.Guard;
import org.summitry.search.boundary.Search;

/**
 * Lets an administrator rebuild this instance's search index from the database (after restoring a
 * database backup, say); the dashboard shows its progress.
 */
@Controller
@Path("admin/search-index")
@RequestScoped
public class SearchIndexControl {

  @Inject Guard guard;
  @Inject Search search;

  @POST
  @Path("rebuild")
  public Response rebuild() {
    guard.require(Guard.ADMIN);
    search.rebuild();
    return Response.seeOther(URI.create("admin?done=rebuild")).build();
  }
}
