package org.summitry.site.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a filter's select, worked out before the page is rendered (a list page offers
 * hundreds of them: every country twice, and the years), so that the template only writes out a
 * value, a label and whether it is selected.
 */
public record Choice(String value, String label, boolean selected) {

  /** An option for each item, the one whose value equals {@code chosen} selected. */
  public static <T> List<Choice> of(
      List<T> items, Function<T, String> value, Function<T, String> label, String chosen) {
    List<Choice> choices = new ArrayList<>(items.size());
    for (T item : items) {
      String v = value.apply(item);
      choices.add(new Choice(v, label.apply(item), v.equals(chosen)));
    }
    return choices;
  }
}
