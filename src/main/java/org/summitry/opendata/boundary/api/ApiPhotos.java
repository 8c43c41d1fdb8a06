package org.summitry.opendata.boundary.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.summitry.kernel.Page;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;

/** {@code /api/v1/photos}: published photos in the order they were added, and each photo. */
@Path("api/v1/photos")
@ApplicationScoped
@Produces(ApiRequest.JSON)
@Tag(name = "Photos", description = "Press photographs with their captions and credits")
public class ApiPhotos {

  @Inject ApiRequest api;
  @Inject ApiViews views;
  @Inject Photos photos;

  @GET
  @Operation(
      summary = "List photos",
      description = "Published photos in the order they were added.")
  @APIResponse(
      responseCode = "200",
      description = "A page of photos",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "PhotoList")))
  public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
    int pageSize = api.size(size);
    long total = photos.countPublic();
    int number = Page.clamp(api.page(page), pageSize, total);
    List<Long> ids = photos.publicIds((number - 1) * pageSize, pageSize);
    Map<Long, PhotoView> found = photos.photosByIds(ids);
    Page<PhotoView> result =
        new Page<>(
            ids.stream().map(found::get).filter(p -> p != null).toList(), number, pageSize, total);
    return api.list(
        "photos",
        Map.of(),
        result,
        items -> items.stream().map(views::photo).toList(),
        ApiModel.PhotoList::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Get a photo",
      description = "A published photo with its caption, credit, files and the galleries it is in.")
  @APIResponse(
      responseCode = "200",
      description = "The photo",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "Photo")))
  public Response show(
      @Parameter(
              description = "The photo's id",
              schema = @Schema(type = SchemaType.INTEGER),
              example = "1")
          @PathParam("id")
          String id) {
    return api.entry(
        ApiRequest.id(id).flatMap(photos::photo),
        "There is no published photo " + id + ".",
        views::photo);
  }
}
