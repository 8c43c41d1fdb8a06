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
import org.summitry.sources.boundary.SourceView;
import org.summitry.sources.boundary.Sources;

/** {@code /api/v1/sources}: the published sources claims rest on, and each source. */
@Path("api/v1/sources")
@ApplicationScoped
@Produces(ApiRequest.JSON)
@Tag(name = "Sources", description = "Publications cited by entries")
public class ApiSources {

  @Inject ApiRequest api;
  @Inject ApiViews views;
  @Inject Sources sources;

  @GET
  @Operation(summary = "List sources", description = "Published sources by publisher and title.")
  @APIResponse(
      responseCode = "200",
      description = "A page of sources",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "SourceList")))
  public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
    Page<SourceView> result = sources.published(api.page(page), api.size(size));
    return api.list(
        "sources",
        Map.of(),
        result,
        items -> items.stream().map(views::source).toList(),
        ApiModel.SourceList::new);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a source", description = "A published source.")
  @APIResponse(
      responseCode = "200",
      description = "The source",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "Source")))
  public Response show(
      @Parameter(
              description = "The source's id",
              schema = @Schema(type = SchemaType.INTEGER),
              example = "1")
          @PathParam("id")
          String id) {
    return api.entry(
        ApiRequest.id(id).map(number -> sources.sourcesByIds(List.of(number)).get(number)),
        "There is no published source " + id + ".",
        views::source);
  }
}
