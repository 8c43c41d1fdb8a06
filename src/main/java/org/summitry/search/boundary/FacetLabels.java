package org.summitry.search.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.people.boundary.CountryView;
import org.summitry.platform.boundary.Messages;

/**
 * How the values of each facet dimension are named to a person: countries and categories by their
 * names rather than their codes, kinds and decades in words. The search page and the search API
 * name them alike.
 */
public final class FacetLabels {

  private FacetLabels() {}

  /** A namer for each dimension; a value it does not know is shown as it is. */
  public static Map<String, Function<String, String>> of(
      List<CountryView> countries, List<CategoryView> categories) {
    Map<String, String> categoryNames =
        categories.stream()
            .collect(Collectors.toMap(CategoryView::slug, CategoryView::name, (a, b) -> a));
    Map<String, String> countryNames =
        countries.stream()
            .collect(Collectors.toMap(CountryView::code, CountryView::name, (a, b) -> a));
    return Map.of(
        "type", value -> Messages.get("search.type." + value),
        "category", value -> categoryNames.getOrDefault(value, value),
        "giver", value -> countryNames.getOrDefault(value, value),
        "recipient", value -> countryNames.getOrDefault(value, value),
        "decade", value -> Messages.get("search.decade", value),
        "year", value -> value);
  }
}
