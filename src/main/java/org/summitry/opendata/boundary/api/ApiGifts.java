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
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.Page;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.search.boundary.GiftChoices;
import org.summitry.search.boundary.Search;

/**
 * {@code /api/v1/gifts}: published gifts, newest first, with the filters of the {@code /gifts} page
 * (answered by the search index like that page, by the database while the index is first built),
 * and each gift.
 */
@Path("api/v1/gifts")
@ApplicationScoped
@Produces(ApiRequest.JSON)
@Tag(name = "Gifts", description = "What was given, by whom to whom")
public class ApiGifts {

  @Inject ApiRequest api;
  @Inject ApiViews views;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Search search;

  @GET
  @Operation(
      summary = "List gifts",
      description =
          "Published gifts, newest first, narrowed by category, giver and recipient country or"
              + " person, and year; the filters combine.")
  @APIResponse(
      responseCode = "200",
      description = "A page of gifts",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "GiftList")))
  public Response list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Parameter(description = "A category's slug", example = "vehicle") @QueryParam("category")
          String category,
      @Parameter(description = "The giver's country code (ISO 3166-1 alpha-2)", example = "ru")
          @QueryParam("from")
          String from,
      @Parameter(description = "The recipient's country code (ISO 3166-1 alpha-2)", example = "kp")
          @QueryParam("to")
          String to,
      @Parameter(
              description = "A calendar year the gift's date overlaps",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999"),
              example = "2024")
          @QueryParam("year")
          String year,
      @Parameter(description = "The giver's slug", example = "vladimir-putin") @QueryParam("giver")
          String giver,
      @Parameter(description = "The recipient's slug", example = "kim-jong-un")
          @QueryParam("recipient")
          String recipient) {
    CategoryView chosenCategory =
        ApiRequest.blank(category)
            ? null
            : gifts
                .category(category.strip())
                .orElseThrow(
                    () ->
                        api.invalid(
                            "category", "There is no gift category “" + category.strip() + "”."));
    CountryView giverCountry = api.country("from", from);
    CountryView recipientCountry = api.country("to", to);
    Integer chosenYear = api.year("year", year);
    PersonView giverPerson = person("giver", giver);
    PersonView recipientPerson = person("recipient", recipient);
    int pageNumber = api.page(page);
    int pageSize = api.size(size);
    GiftChoices choices =
        new GiftChoices(
            chosenCategory,
            giverCountry,
            recipientCountry,
            giverPerson,
            recipientPerson,
            chosenYear);
    Page<GiftView> result = choices.list(search, gifts, pageNumber, pageSize);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("category", chosenCategory == null ? null : chosenCategory.slug());
    query.put("from", code(giverCountry));
    query.put("to", code(recipientCountry));
    query.put("year", chosenYear == null ? null : chosenYear.toString());
    query.put("giver", giverPerson == null ? null : giverPerson.slug());
    query.put("recipient", recipientPerson == null ? null : recipientPerson.slug());
    return api.list("gifts", query, result, views::giftItems, ApiModel.GiftList::new);
  }

  private static String code(CountryView country) {
    return country == null ? null : country.code().toLowerCase(Locale.ROOT);
  }

  private PersonView person(String parameter, String slug) {
    if (ApiRequest.blank(slug)) {
      return null;
    }
    String value = slug.strip();
    return people
        .person(value)
        .orElseThrow(
            () -> api.invalid(parameter, "There is no person “" + value + "” in the archive."));
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary = "Get a gift",
      description =
          "A published gift with its giver, recipient, occasion, date, value, whereabouts,"
              + " photos and sources.")
  @APIResponse(
      responseCode = "200",
      description = "The gift",
      content = @Content(mediaType = ApiRequest.JSON, schema = @Schema(ref = "Gift")))
  public Response show(
      @Parameter(description = "The gift's slug", example = "aurus-limousine-2024")
          @PathParam("slug")
          String slug) {
    return api.entry(gifts.gift(slug), "There is no published gift “" + slug + "”.", views::gift);
  }
}
