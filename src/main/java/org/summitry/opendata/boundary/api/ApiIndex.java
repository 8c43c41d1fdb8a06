package org.summitry.opendata.boundary.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1}: where the collections of the API are. */
@Path("api/v1")
@ApplicationScoped
@Produces(ApiRequest.JSON)
@Tag(name = "API", description = "Entry points")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Summitry API",
            version = "1",
            description =
                "Read-only JSON access to the archive of diplomatic summits, the gifts exchanged at"
                    + " them and the press photographs that record them. Only published entries"
                    + " are served. Entries have stable numeric ids and slugs (countries: ISO"
                    + " 3166-1 codes); related entries are linked by their API and public page"
                    + " addresses. Dates are EDTF with their earliest and latest day and the date"
                    + " in words. Lists take page and size (at most 100) and link their pages in"
                    + " the body and an RFC 8288 Link header. Every document has an ETag:"
                    + " send it as If-None-Match to get 304 Not Modified. Errors are RFC 9457"
                    + " problem details (application/problem+json).",
            license = @License(name = "Data: see each photo's copyright notice and licence")))
public class ApiIndex {

  @Inject ApiRequest api;

  @GET
  @Operation(
      summary = "API entry points",
      description = "The collections and the OpenAPI document.")
  @APIResponse(
      responseCode = "200",
      description = "The collections of the API",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "ApiIndex")))
  public Response index() {
    Map<String, String> collections = new LinkedHashMap<>();
    for (String name :
        new String[] {"summits", "gifts", "people", "countries", "photos", "sources", "search"}) {
      collections.put(name, api.api(name));
    }
    return api.ok(new ApiModel.Index("v1", collections, api.pages().path("openapi")));
  }
}
