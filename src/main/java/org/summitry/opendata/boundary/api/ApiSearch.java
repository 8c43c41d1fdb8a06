package org.summitry.opendata.boundary.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.people.boundary.People;
import org.summitry.search.boundary.FacetCount;
import org.summitry.search.boundary.FacetLabels;
import org.summitry.search.boundary.Marked;
import org.summitry.search.boundary.Search;
import org.summitry.search.boundary.SearchHit;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;

/**
 * {@code /api/v1/search}: full-text search over every public entry with the facets of the {@code
 * /search} page, each facet's values counted and named by the parameter value that chooses them.
 */
@Path("api/v1/search")
@ApplicationScoped
@Produces(ApiRequest.JSON)
@Tag(name = "Search", description = "Full-text search with facets")
public class ApiSearch {

  @Inject ApiRequest api;
  @Inject Search search;
  @Inject Gifts gifts;
  @Inject People people;

  @GET
  @Operation(
      summary = "Search",
      description =
          "Entries whose text matches q (in English, Korean or Russian), best first, narrowed by"
              + " facets; facets counts tell what each other choice would give. Without q,"
              + " every public entry matches.")
  @APIResponse(
      responseCode = "200",
      description = "A page of results with facet counts",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "SearchResults")))
  public Response search(
      @Parameter(description = "The words to search for", example = "limousine") @QueryParam("q")
          String q,
      @Parameter(
              description = "Only entries of this kind",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "summit", "gift", "person", "country", "photo", "source", "story"
                      }))
          @QueryParam("type")
          String type,
      @Parameter(description = "A gift category's slug", example = "vehicle")
          @QueryParam("category")
          String category,
      @Parameter(description = "The giver's country code", example = "ru") @QueryParam("from")
          String from,
      @Parameter(description = "The recipient's country code", example = "kp") @QueryParam("to")
          String to,
      @Parameter(
              description = "A decade, written as its first year",
              schema = @Schema(type = SchemaType.INTEGER),
              example = "2020")
          @QueryParam("decade")
          String decade,
      @Parameter(
              description = "A calendar year",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999"),
              example = "2024")
          @QueryParam("year")
          String year,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Map<String, String> chosen = new LinkedHashMap<>();
    chosen.put("type", type(type));
    chosen.put("category", ApiRequest.blank(category) ? null : category.strip());
    chosen.put("giver", code("from", from));
    chosen.put("recipient", code("to", to));
    Integer chosenDecade = api.year("decade", decade);
    if (chosenDecade != null && chosenDecade % 10 != 0) {
      throw api.invalid(
          "decade", "decade is written as its first year, such as 1990, not “" + decade + "”.");
    }
    Integer chosenYear = api.year("year", year);
    chosen.put("decade", chosenDecade == null ? null : chosenDecade.toString());
    chosen.put("year", chosenYear == null ? null : chosenYear.toString());
    String text = q == null ? "" : q.strip();
    int pageSize = api.size(size);
    SearchResults results =
        search.search(
            new SearchQuery(
                text,
                chosen.get("type"),
                chosen.get("category"),
                chosen.get("giver"),
                chosen.get("recipient"),
                chosenDecade,
                chosenYear,
                api.page(page),
                pageSize));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("q", text.isEmpty() ? null : text);
    chosen.forEach(
        (dim, value) ->
            query.put(
                SearchQuery.PARAMETERS.get(dim),
                value == null ? null : value.toLowerCase(Locale.ROOT)));
    ApiModel.PageLinks links =
        api.pageLinks("search", query, results.page(), pageSize, Math.max(1, results.pages()));
    return api.ok(
        new ApiModel.SearchResults(
            text,
            results.hits().stream().map(this::hit).toList(),
            results.page(),
            pageSize,
            results.total(),
            facets(results),
            results.estimated(),
            results.suggestion(),
            results.broadened(),
            links),
        links);
  }

  private ApiModel.SearchHit hit(SearchHit hit) {
    String path = hit.path();
    boolean external = hit.external();
    return new ApiModel.SearchHit(
        hit.type(),
        hit.id(),
        hit.titleText(),
        marks(hit.title()),
        marks(hit.snippet()),
        hit.whenInWords(Locale.UK),
        hit.type().equals("source")
            ? api.api("sources/" + hit.id())
            : path == null || external || hit.type().equals("story")
                ? null
                : api.api(path.substring(1)),
        path == null ? null : external ? path : api.pages().path(path));
  }

  /** A title's or excerpt's pieces; none when there is nothing to quote. */
  private static List<ApiModel.Mark> marks(List<Marked> pieces) {
    return pieces == null
        ? List.of()
        : pieces.stream().map(piece -> new ApiModel.Mark(piece.text(), piece.marked())).toList();
  }

  private Map<String, List<ApiModel.FacetCount>> facets(SearchResults results) {
    Map<String, Function<String, String>> labels =
        FacetLabels.of(people.countries(), gifts.categories());
    Map<String, List<ApiModel.FacetCount>> facets = new LinkedHashMap<>();
    results
        .facets()
        .forEach(
            (dim, counts) -> {
              List<ApiModel.FacetCount> values = new ArrayList<>();
              for (FacetCount count : counts) {
                values.add(
                    new ApiModel.FacetCount(
                        dim.equals("giver") || dim.equals("recipient")
                            ? count.value().toLowerCase(Locale.ROOT)
                            : count.value(),
                        labels.getOrDefault(dim, value -> value).apply(count.value()),
                        count.count()));
              }
              facets.put(SearchQuery.PARAMETERS.getOrDefault(dim, dim), values);
            });
    return facets;
  }

  private String type(String value) {
    if (ApiRequest.blank(value)) {
      return null;
    }
    String lower = value.strip().toLowerCase(Locale.ROOT);
    if (!SearchQuery.TYPES.contains(lower)) {
      throw api.invalid(
          "type",
          "type must be one of " + String.join(", ", SearchQuery.TYPES) + ", not “" + value + "”.");
    }
    return lower;
  }

  private String code(String parameter, String value) {
    if (ApiRequest.blank(value)) {
      return null;
    }
    String code = value.strip();
    if (!code.matches("[A-Za-z]{2}")) {
      throw api.invalid(
          parameter,
          parameter + " must be a two-letter country code such as kp, not “" + value + "”.");
    }
    return code.toUpperCase(Locale.ROOT);
  }
}
