package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.testing.NaughtyStrings;
import org.summitry.testing.TemplateFragments;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A filter's options ({@code options} of {@code fragments.html}) as a browser reads them. */
class ChoiceTest {

  record Country(String code, String name) {}

  @Test
  void theChosenOptionIsSelectedAndTheOthersAreNot() {
    List<Country> countries =
        List.of(new Country("ru", "Russia"), new Country("kp", "North Korea"));
    List<Element> options = options(Choice.of(countries, Country::code, Country::name, "kp"));
    assertEquals(2, options.size());
    assertEquals("ru", options.get(0).getAttribute("value"));
    assertEquals("Russia", options.get(0).getTextContent());
    assertEquals(false, options.get(0).hasAttribute("selected"));
    assertEquals("kp", options.get(1).getAttribute("value"));
    assertEquals("North Korea", options.get(1).getTextContent());
    assertEquals(true, options.get(1).hasAttribute("selected"));
    assertEquals(
        List.of(false, false),
        options(Choice.of(countries, Country::code, Country::name, null)).stream()
            .map(option -> option.hasAttribute("selected"))
            .toList());
  }

  @Test
  void labelsAndValuesComeBackAsTyped() throws IOException {
    for (String text : NaughtyStrings.lines()) {
      if (text.isBlank()) {
        continue;
      }
      List<Element> options = options(List.of(new Choice(text, text, false)));
      assertEquals(1, options.size(), text);
      // A parser shows control characters as U+FFFD and drops a leading newline of an option's
      // text.
      String typed = text.replaceAll("\\p{Cntrl}", "\uFFFD");
      assertEquals(typed.strip(), options.get(0).getTextContent().strip(), text);
      assertEquals(
          typed.replace("\r\n", "\n").replace('\r', '\n'),
          options.get(0).getAttribute("value").replace("\r\n", "\n").replace('\r', '\n'),
          text);
    }
  }

  private static List<Element> options(List<Choice> choices) {
    NodeList found =
        TemplateFragments.parse(
                "<select>"
                    + TemplateFragments.render("fragments", "options", Map.of("choices", choices))
                    + "</select>")
            .getElementsByTagName("option");
    List<Element> options = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      options.add((Element) found.item(i));
    }
    return options;
  }
}
