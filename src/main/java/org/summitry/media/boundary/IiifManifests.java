package org.summitry.media.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * The addresses of the IIIF Presentation 3.0 manifests of summits' and gifts' galleries, open to
 * viewers on other sites (CORS); {@link Manifests} builds them.
 */
@Path("iiif")
@RequestScoped
public class IiifManifests {

  static final String MEDIA_TYPE =
      "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";

  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject Manifests manifests;
  @Inject PublicAddress address;
  @Context UriInfo uri;

  @GET
  @Path("summits/{slug}/manifest")
  @Produces(MEDIA_TYPE)
  public Response summit(@PathParam("slug") String slug) {
    SummitView summit = summits.summit(slug).orElseThrow(NotFoundException::new);
    return answer(
        manifests.gallery(
            EntryType.SUMMIT,
            summit.id(),
            summit.title(),
            summit.summary(),
            self(),
            address.base()));
  }

  @GET
  @Path("gifts/{slug}/manifest")
  @Produces(MEDIA_TYPE)
  public Response gift(@PathParam("slug") String slug) {
    GiftView gift = gifts.gift(slug).orElseThrow(NotFoundException::new);
    return answer(
        manifests.gallery(
            EntryType.GIFT, gift.id(), gift.title(), gift.description(), self(), address.base()));
  }

  private URI self() {
    return URI.create(address.of(uri.getPath(false)));
  }

  private static Response answer(JsonObject manifest) {
    return Response.ok(manifest.toString(), MEDIA_TYPE)
        .header("Access-Control-Allow-Origin", "*")
        .header("Cache-Control", "public, max-age=300")
        .build();
  }
}
