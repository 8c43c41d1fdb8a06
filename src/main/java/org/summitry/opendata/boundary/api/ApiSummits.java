package org.summitry.opendata.boundary.api;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/** {@code /api/v1/summits}: published summits, newest or oldest first, and each summit. */
@Path("api/v1/summits")
@ApplicationScoped
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
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "SummitList")))
  public Response list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
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
    return api.list("summits", query, result, views::summitItems, ApiModel.SummitList::new);
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
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "Summit")))
  public Response show(
      @Parameter(description = "The summit's slug", example = "putin-kim-summit-pyongyang-2024")
          @PathParam("slug")
          String slug) {
    return api.entry(
        summits.summit(slug), "There is no published summit “" + slug + "”.", views::summit);
  }
}
