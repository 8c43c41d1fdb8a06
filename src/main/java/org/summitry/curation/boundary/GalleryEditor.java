package org.summitry.curation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.summitry.curation.control.Guard;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryState;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.Photos;
import org.summitry.summits.boundary.Summits;

/** Orders a summit's or gift's gallery and takes photos out of it. */
@Controller
@Path("admin/{kind: summits|gifts}/{id: \\d+}/gallery/{photo: \\d+}")
@RequestScoped
public class GalleryEditor {

  @Inject Guard guard;
  @Inject Photos photos;
  @Inject Summits summits;
  @Inject Gifts gifts;

  @POST
  @Path("{action: up|down|remove}")
  public Response change(
      @PathParam("kind") String kind,
      @PathParam("id") long id,
      @PathParam("photo") long photo,
      @PathParam("action") String action) {
    EntryType type = kind.equals("summits") ? EntryType.SUMMIT : EntryType.GIFT;
    EntryState state =
        type == EntryType.SUMMIT
            ? summits.forEditing(id).orElseThrow(NotFoundException::new).state()
            : gifts.forEditing(id).orElseThrow(NotFoundException::new).state();
    guard.requireEditable(state.published());
    switch (action) {
      case "up" -> photos.move(photo, type, id, -1);
      case "down" -> photos.move(photo, type, id, 1);
      default -> photos.removeFromGallery(photo, type, id);
    }
    return Response.seeOther(URI.create("admin/" + kind + "/" + id + "#gallery")).build();
  }
}
