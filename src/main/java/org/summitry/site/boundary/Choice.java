package org.summitry.site.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.unbescape.html.HtmlEscape;

/**
 * One option of a filter's select, worked out before the page is rendered: a list page offers
 * hundreds of them (every country twice, and the years), and the template's expressions per option
 * cost more than the rest of the page. {@link #options} writes a select's options as escaped HTML
 * in one go, for the template to insert unchanged.
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

  /**
   * The options as HTML, values and labels escaped for both attribute and text: {@code <option
   * value="ru" selected="selected">Russia</option>…}.
   */
  public static String options(List<Choice> choices) {
    StringBuilder html = new StringBuilder(choices.size() * 40);
    for (Choice choice : choices) {
      html.append("<option value=\"").append(HtmlEscape.escapeHtml4Xml(choice.value())).append('"');
      if (choice.selected()) {
        html.append(" selected=\"selected\"");
      }
      html.append('>').append(HtmlEscape.escapeHtml4Xml(choice.label())).append("</option>");
    }
    return html.toString();
  }
}
