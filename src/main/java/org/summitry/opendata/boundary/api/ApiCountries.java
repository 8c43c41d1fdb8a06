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
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;

/** {@code /api/v1/countries}: published countries by name, and each country by its code. */
@Path("api/v1/countries")
@ApplicationScoped
@Produces(ApiRequest.JSON)
@Tag(name = "Countries", description = "States that give, receive and host")
public class ApiCountries {

  @Inject ApiRequest api;
  @Inject ApiViews views;
  @Inject People people;

  @GET
  @Operation(summary = "List countries", description = "Published countries by name.")
  @APIResponse(
      responseCode = "200",
      description = "A page of countries",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "CountryList")))
  public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
    List<CountryView> all = people.countries();
    int pageSize = api.size(size);
    int number = Page.clamp(api.page(page), pageSize, all.size());
    Page<CountryView> result =
        new Page<>(
            all.subList(
                Math.min(all.size(), (number - 1) * pageSize),
                Math.min(all.size(), number * pageSize)),
            number,
            pageSize,
            all.size());
    return api.list(
        "countries",
        Map.of(),
        result,
        items -> items.stream().map(views::countryItem).toList(),
        ApiModel.CountryList::new);
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "Get a country",
      description =
          "A published country with its people, the summits it hosted and its gifts"
              + " given and received.")
  @APIResponse(
      responseCode = "200",
      description = "The country",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "Country")))
  public Response show(
      @Parameter(description = "ISO 3166-1 alpha-2 code, either case", example = "kp")
          @PathParam("code")
          String code) {
    return api.entry(
        people.country(code.toUpperCase(Locale.ROOT)),
        "There is no published country with the code “" + code + "”.",
        views::country);
  }
}
