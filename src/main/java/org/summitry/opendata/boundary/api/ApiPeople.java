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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;

/** {@code /api/v1/people}: published people by name, and each person. */
@Path("api/v1/people")
@ApplicationScoped
@Produces(ApiRequest.JSON)
@Tag(name = "People", description = "Who gives, receives and attends")
public class ApiPeople {

  @Inject ApiRequest api;
  @Inject ApiViews views;
  @Inject People people;

  @GET
  @Operation(
      summary = "List people",
      description = "Published people by name; with country, only the people of that country.")
  @APIResponse(
      responseCode = "200",
      description = "A page of people",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "PersonList")))
  public Response list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Parameter(
              description = "Only those of this country (ISO 3166-1 alpha-2 code)",
              example = "kp")
          @QueryParam("country")
          String country) {
    CountryView of = api.country("country", country);
    Page<PersonView> result =
        of == null
            ? people.people(api.page(page), api.size(size))
            : people.peopleOf(of.id(), api.page(page), api.size(size));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("country", of == null ? null : of.code().toLowerCase(Locale.ROOT));
    return api.list("people", query, result, views::personItems, ApiModel.PersonList::new);
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary = "Get a person",
      description =
          "A published person with their country, the summits they attended and the"
              + " gifts they gave and received.")
  @APIResponse(
      responseCode = "200",
      description = "The person",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "Person")))
  public Response show(
      @Parameter(description = "The person's slug", example = "kim-jong-un") @PathParam("slug")
          String slug) {
    return api.entry(
        people.person(slug), "There is no published person “" + slug + "”.", views::person);
  }
}
