package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.summitry.curation.control.Guard;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.Progress;
import org.summitry.search.boundary.IndexStatus;
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

  /** The rebuild's progress: documents written of the public entries counted when it began. */
  static Progress progress(IndexStatus index) {
    return new Progress(index.rebuilt(), index.total(), !index.rebuilding());
  }

  /** The bar's words. */
  static String words(Progress progress) {
    return progress.total() > 0
        ? Messages.get("dashboard.index.progress", progress.done(), progress.total())
        : Messages.get("dashboard.index.rebuilt", progress.done());
  }

  @POST
  @Path("rebuild")
  public Response rebuild() {
    guard.require(Guard.ADMIN);
    search.rebuild();
    return Response.seeOther(URI.create("admin?done=rebuild")).build();
  }
}
