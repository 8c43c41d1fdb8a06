package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.summitry.curation.control.Guard;
import org.summitry.platform.boundary.Progress;
import org.summitry.search.boundary.Search;

/**
 * How far this instance's search index rebuild is, in JSON, for the dashboard's script to move the
 * bar without reloading. A plain resource, not an MVC controller: its answer is data.
 */
@Path("admin/search-index/progress")
@RequestScoped
public class IndexProgress {

  @Inject Guard guard;
  @Inject Search search;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response progress() {
    guard.require(Guard.ADMIN);
    Progress progress = SearchIndexControl.progress(search.status());
    return BulkProgress.json(progress, SearchIndexControl.words(progress));
  }
}
