package org.summitry.site.boundary.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.summitry.platform.boundary.InvalidRequest;
import org.summitry.platform.boundary.Messages;
import org.summitry.search.boundary.FacetCount;
import org.summitry.search.boundary.FacetLabels;
import org.summitry.search.boundary.Search;
import org.summitry.search.boundary.SearchQuery;
import org.summitry.search.boundary.SearchResults;
import org.summitry.site.boundary.EntryTexts;
import org.summitry.site.boundary.Params;
import org.summitry.site.control.ArchiveLists;

/** {@code /search}: full-text search over every public entry, narrowed by facets. */
@Controller
@Path("search")
@ApplicationScoped
public class SearchPage {

  static final int PAGE_SIZE = 20;

  @Inject ArchiveLists lists;
  @Inject Models models;
  @Inject Search search;
  @Inject EntryTexts texts;

  /** A facet value as a link that chooses it, or, when chosen, removes it. */
  public record FacetLink(String label, long count, String href, boolean chosen) {}

  /**
   * A chosen facet value above the results ("Given by: Russia"), a link that removes it; {@code
   * namesEntries} when the value is a name curators gave, marked with their language.
   */
  public record ChosenLink(String heading, String value, boolean namesEntries, String href) {}

  /** A facet dimension with its values, for the sidebar. */
  public record FacetGroup(String dimension, String heading, List<FacetLink> links) {

    /**
     * Whether the values are names curators gave (categories, countries), written in English,
     * rather than words of the interface (kinds) or numbers (decades, years).
     */
    public boolean namesEntries() {
      return SearchPage.namesEntries(dimension);
    }
  }

  private static boolean namesEntries(String dimension) {
    return dimension.equals("category")
        || dimension.equals("giver")
        || dimension.equals("recipient");
  }

  @GET
  @Produces("text/html;charset=UTF-8")
  public String search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("category") String category,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("decade") String decade,
      @QueryParam("year") String year,
      @QueryParam("page") String page) {
    Map<String, String> chosen = new LinkedHashMap<>();
    chosen.put("type", type(type));
    chosen.put("category", Params.blankToNull(category));
    chosen.put("giver", code(from));
    chosen.put("recipient", code(to));
    Integer chosenDecade = decade(decade);
    Integer chosenYear = Params.year(year);
    chosen.put("decade", chosenDecade == null ? null : chosenDecade.toString());
    chosen.put("year", chosenYear == null ? null : chosenYear.toString());
    String text = q == null ? "" : q.strip();
    SearchQuery query =
        new SearchQuery(
            text,
            chosen.get("type"),
            chosen.get("category"),
            chosen.get("giver"),
            chosen.get("recipient"),
            chosenDecade,
            chosenYear,
            Params.page(page),
            PAGE_SIZE);
    SearchResults results = search.search(query);
    models.put("q", text);
    // Search has no page metadata of its own (no canonical address): it still says what it is.
    models.put("pageDescription", Messages.get("search.lead"));
    models.put("results", results);
    models.put("hitTitles", texts.hitTitles(results.hits()));
    Map<String, Function<String, String>> labels =
        FacetLabels.of(lists.countries(), lists.categories());
    models.put("facetGroups", facetGroups(results, text, chosen, labels));
    models.put("chosen", chosenLinks(text, chosen, labels));
    models.put("pageBase", address(text, chosen, null, null) + "&");
    models.put(
        "suggestionHref",
        results.suggestion() == null ? null : address(results.suggestion(), chosen, null, null));
    models.put(
        "anywhereHref",
        chosen.values().stream().anyMatch(v -> v != null)
            ? address(text, Map.of(), null, null)
            : null);
    return "search/index.html";
  }

  private List<FacetGroup> facetGroups(
      SearchResults results,
      String text,
      Map<String, String> chosen,
      Map<String, Function<String, String>> labels) {
    List<FacetGroup> groups = new ArrayList<>();
    results
        .facets()
        .forEach(
            (dim, counts) -> {
              List<FacetLink> links = new ArrayList<>();
              List<FacetCount> ordered = new ArrayList<>(counts);
              if (dim.equals("decade") || dim.equals("year")) {
                ordered.sort((a, b) -> b.value().compareTo(a.value()));
              }
              for (FacetCount count : ordered) {
                boolean isChosen = count.value().equals(chosen.get(dim));
                links.add(
                    new FacetLink(
                        labels.get(dim).apply(count.value()),
                        count.count(),
                        address(text, chosen, dim, isChosen ? null : count.value()),
                        isChosen));
              }
              if (!links.isEmpty()) {
                groups.add(new FacetGroup(dim, Messages.get("search.facet." + dim), links));
              }
            });
    return groups;
  }

  private List<ChosenLink> chosenLinks(
      String text, Map<String, String> chosen, Map<String, Function<String, String>> labels) {
    List<ChosenLink> links = new ArrayList<>();
    chosen.forEach(
        (dim, value) -> {
          if (value != null) {
            links.add(
                new ChosenLink(
                    Messages.get("search.facet." + dim),
                    labels.get(dim).apply(value),
                    namesEntries(dim),
                    address(text, chosen, dim, null)));
          }
        });
    return links;
  }

  /** The search address with {@code dim} set to {@code value} (or removed when null). */
  static String address(String text, Map<String, String> chosen, String dim, String value) {
    Map<String, String> params = new LinkedHashMap<>(chosen);
    if (dim != null) {
      params.put(dim, value);
    }
    StringBuilder address = new StringBuilder("/search?q=");
    address.append(URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8));
    params.forEach(
        (d, v) -> {
          if (v != null) {
            address
                .append('&')
                .append(SearchQuery.PARAMETERS.get(d))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return address.toString();
  }

  private static String type(String value) {
    String type = Params.blankToNull(value);
    if (type == null) {
      return null;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    if (!SearchQuery.TYPES.contains(lower)) {
      throw new InvalidRequest("error.param.type", type);
    }
    return lower;
  }

  private static String code(String value) {
    String code = Params.blankToNull(value);
    if (code == null) {
      return null;
    }
    if (!code.matches("[A-Za-z]{2}")) {
      throw new InvalidRequest("error.param.country", code);
    }
    return code.toUpperCase(Locale.ROOT);
  }

  private static Integer decade(String value) {
    Integer year = Params.year(value);
    if (year != null && year % 10 != 0) {
      throw new InvalidRequest("error.param.decade", value.trim());
    }
    return year;
  }
}
