package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.summits.boundary.Summits;

/**
 * The trash: deleted entries wait here with their links intact until a curator restores them or an
 * admin purges them for good, after a confirmation.
 */
@Controller
@Path("admin/trash")
@RequestScoped
public class TrashBin {

  @Inject Models models;
  @Inject Guard guard;
  @Inject Summits summits;
  @Inject Gifts gifts;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(@QueryParam("done") String done) {
    guard.require(Guard.CONTRIBUTOR);
    models.put("summits", summits.trash());
    models.put("gifts", gifts.trash());
    models.put("done", done);
    return "admin/trash.html";
  }

  @POST
  @Path("{type: summits|gifts}/{id: \\d+}/restore")
  public Response restore(@PathParam("type") String type, @PathParam("id") long id) {
    guard.require(Guard.CURATOR);
    if (type.equals("summits")) {
      summits.forEditing(id).filter(s -> s.state().trashed()).orElseThrow(NotFoundException::new);
      summits.change(id, Change.RESTORED, guard.caller());
    } else {
      gifts.forEditing(id).filter(g -> g.state().trashed()).orElseThrow(NotFoundException::new);
      gifts.change(id, Change.RESTORED, guard.caller());
    }
    return Response.seeOther(URI.create("admin/" + type + "/" + id + "?done=restore")).build();
  }

  @GET
  @Path("{type: summits|gifts}/{id: \\d+}/purge")
  @Produces("text/html;charset=UTF-8")
  public String confirmPurge(@PathParam("type") String type, @PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    models.put("type", type);
    models.put("id", id);
    models.put(
        "entryTitle",
        type.equals("summits")
            ? summits
                .forEditing(id)
                .filter(s -> s.state().trashed())
                .orElseThrow(NotFoundException::new)
                .summit()
                .title()
            : gifts
                .forEditing(id)
                .filter(g -> g.state().trashed())
                .orElseThrow(NotFoundException::new)
                .gift()
                .title());
    return "admin/purge.html";
  }

  @POST
  @Path("{type: summits|gifts}/{id: \\d+}/purge")
  public Response purge(@PathParam("type") String type, @PathParam("id") long id) {
    guard.require(Guard.ADMIN);
    if (type.equals("summits")) {
      summits.forEditing(id).filter(s -> s.state().trashed()).orElseThrow(NotFoundException::new);
      summits.purge(id, guard.caller());
    } else {
      gifts.forEditing(id).filter(g -> g.state().trashed()).orElseThrow(NotFoundException::new);
      gifts.purge(id, guard.caller());
    }
    return Response.seeOther(URI.create("admin/trash?done=purged")).build();
  }
}
