package org.summitry.opendata.boundary.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.platform.boundary.ProblemDetails;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/** {@code /api/v1/summits}: published summits, newest or oldest first, and each summit. */
@Path("api/v1/summits")
@RequestScoped
@Produces(ApiRequest.JSON)
@Tag(name = "Summits", description = "Meetings of leaders")
public class ApiSummits {

  @Inject ApiRequest api;
  @Inject ApiViews views;
  @Inject Summits summits;

  @GET
  @Operation(
      summary = "List summits",
      description =
          "Published summits by date, newest first unless order=oldest; with country, only"
              + " those the country hosted.")
  @APIResponse(
      responseCode = "200",
      description = "A page of summits",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "SummitList")),
      headers = {
        @Header(name = "ETag", description = ApiDocs.ETAG),
        @Header(name = "Link", description = ApiDocs.LINK)
      })
  @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
  @APIResponse(
      responseCode = "400",
      description = ApiDocs.BAD_PARAMETER,
      content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response list(
      @Parameter(
              description = ApiDocs.PAGE,
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = ApiDocs.SIZE,
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size,
      @Parameter(
              description = "newest (the default) or oldest first",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"newest", "oldest"},
                      defaultValue = "newest"))
          @QueryParam("order")
          String order,
      @Parameter(
              description = "Only those of this country (ISO 3166-1 alpha-2 code)",
              example = "kp")
          @QueryParam("country")
          String country) {
    Summits.Order chosen = order(order);
    CountryView host = api.country("country", country);
    Page<SummitView> result =
        host == null
            ? summits.summits(api.page(page), api.size(size), chosen)
            : summits.summits(host.id(), api.page(page), api.size(size), chosen);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("country", host == null ? null : host.code().toLowerCase(Locale.ROOT));
    query.put("order", chosen == Summits.Order.OLDEST_FIRST ? "oldest" : null);
    ApiModel.PageLinks links = api.pageLinks("summits", query, result);
    return api.ok(
        new ApiModel.SummitList(
            views.summitItems(result.items()),
            result.number(),
            result.size(),
            result.total(),
            links),
        links);
  }

  private Summits.Order order(String value) {
    if (ApiRequest.blank(value)) {
      return Summits.Order.NEWEST_FIRST;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "newest" -> Summits.Order.NEWEST_FIRST;
      case "oldest" -> Summits.Order.OLDEST_FIRST;
      default ->
          throw api.invalid("order", "order must be “newest” or “oldest”, not “" + value + "”.");
    };
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary = "Get a summit",
      description =
          "A published summit with its host country, participants, gifts, photos and sources.")
  @APIResponse(
      responseCode = "200",
      description = "The summit",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "Summit")),
      headers = @Header(name = "ETag", description = ApiDocs.ETAG))
  @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
  @APIResponse(
      responseCode = "404",
      description = ApiDocs.NOT_FOUND,
      content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response show(
      @Parameter(description = "The summit's slug", example = "putin-kim-summit-pyongyang-2024")
          @PathParam("slug")
          String slug) {
    SummitView summit =
        summits
            .summit(slug)
            .orElseThrow(() -> api.notFound("There is no published summit “" + slug + "”."));
    return api.ok(views.summit(summit));
  }
}
