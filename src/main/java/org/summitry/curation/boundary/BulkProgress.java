package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.summitry.curation.control.BulkJob;
import org.summitry.curation.control.BulkJobs;
import org.summitry.curation.control.Guard;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.Progress;

/**
 * How far a bulk job is, in JSON, for its progress page's script to move the bar without reloading.
 * A plain resource, not an MVC controller: its answer is data, not the name of a view; its address
 * outranks the pages' controller ({@link BulkWork}).
 */
@Path("admin/bulk/jobs/{id: \\d+}/progress")
@RequestScoped
public class BulkProgress {

  @Inject Guard guard;
  @Inject BulkJobs jobs;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response progress(@PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    BulkJob job = jobs.find(id).orElseThrow(NotFoundException::new);
    Progress progress = BulkWork.progress(job);
    return json(progress, Messages.get("bulk.progress.done", progress.done(), progress.total()));
  }

  /** A progress as the page's script reads it, never cached. */
  static Response json(Progress progress, String words) {
    return Response.ok(progress.json(words), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .build();
  }
}
