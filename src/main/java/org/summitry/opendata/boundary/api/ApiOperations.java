package org.summitry.opendata.boundary.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.summitry.platform.boundary.ProblemDetails;

/**
 * What every operation of the API shares, documented here once so that a resource method declares
 * only its own: the {@code ETag} of its answer (and the {@code Link} header of a list's pages), 304
 * for a matching {@code If-None-Match}, 404 where the path names an entry, 400 where a query
 * parameter can be misunderstood, and what the {@code page} and {@code size} parameters of a list
 * take. The resources answer alike through {@link ApiRequest#list} and {@link ApiRequest#entry}.
 */
final class ApiOperations {

  private ApiOperations() {}

  static void share(OpenAPI document) {
    if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
      return;
    }
    document
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              Operation get = item.getGET();
              if (get != null && get.getResponses() != null) {
                share(path, get);
              }
            });
  }

  private static void share(String path, Operation get) {
    boolean paged = false;
    boolean queried = false;
    if (get.getParameters() != null) {
      for (Parameter parameter : get.getParameters()) {
        if (parameter.getIn() == Parameter.In.QUERY) {
          queried = true;
        }
        if ("page".equals(parameter.getName())) {
          paged = true;
          number(parameter, ApiDocs.PAGE, ApiRequest.DEFAULT_PAGE, null);
        } else if ("size".equals(parameter.getName())) {
          number(parameter, ApiDocs.SIZE, ApiRequest.DEFAULT_SIZE, ApiRequest.MAX_SIZE);
        }
      }
    }
    APIResponses responses = get.getResponses();
    APIResponse ok = responses.getAPIResponse("200");
    if (ok != null) {
      ok.addHeader("ETag", OASFactory.createHeader().description(ApiDocs.ETAG));
      if (paged) {
        ok.addHeader("Link", OASFactory.createHeader().description(ApiDocs.LINK));
      }
    }
    responses.addAPIResponse(
        "304", OASFactory.createAPIResponse().description(ApiDocs.NOT_MODIFIED));
    if (queried) {
      responses.addAPIResponse("400", problem(ApiDocs.BAD_PARAMETER));
    }
    if (path.contains("{")) {
      responses.addAPIResponse("404", problem(ApiDocs.NOT_FOUND));
    }
  }

  private static void number(Parameter parameter, String description, int first, Integer max) {
    Schema schema =
        OASFactory.createSchema()
            .type(Schema.SchemaType.INTEGER)
            .minimum(BigDecimal.ONE)
            .defaultValue(first);
    if (max != null) {
      schema.maximum(BigDecimal.valueOf(max));
    }
    parameter.description(description).schema(schema);
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    ProblemDetails.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
  }
}
