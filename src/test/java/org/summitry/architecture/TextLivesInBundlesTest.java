package org.summitry.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * No template shows words of its own: every text a visitor reads or hears comes from the message
 * bundles, so each language of the interface is whole. Templates stay natural HTML that opens in a
 * browser with sample text, as long as Thymeleaf replaces that text ({@code th:text}, {@code
 * th:utext}, {@code th:replace}, {@code th:insert}, {@code th:remove}) and every announced
 * attribute ({@code alt}, {@code title}, {@code placeholder}, {@code aria-label}) has its {@code
 * th:} twin. Templates are read with Thymeleaf's own parser, which keeps them as written.
 */
class TextLivesInBundlesTest {

  private static final Path TEMPLATES = Path.of("webapp/WEB-INF/templates");

  /** Words: a letter in any script. Arrows, dashes, parentheses and numbers are not words. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}");

  private static final Set<String> REPLACING =
      Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

  private static final Set<String> ANNOUNCED = Set.of("alt", "title", "placeholder", "aria-label");

  @Test
  void everyVisibleTextComesFromTheBundles() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          var document =
              new DOMMarkupParser(ParseConfiguration.htmlConfiguration())
                  .parse(file.toString(), in);
          visit(document, TEMPLATES.relativize(file).toString(), found);
        } catch (org.attoparser.ParseException e) {
          throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
      }
    }
    assertTrue(found.isEmpty(), "Text outside the bundles:\n" + String.join("\n", found));
  }

  private static void visit(INestableNode parent, String file, List<String> found) {
    for (INode node : parent.getChildren()) {
      if (node instanceof Text text && WORDS.matcher(text.getContent()).find()) {
        int line = parent instanceof Element element ? element.getLine() : text.getLine();
        found.add(file + ":" + line + ": \"" + text.getContent().strip() + "\"");
      } else if (node instanceof Element element) {
        String name = element.getElementName().toLowerCase();
        if (name.equals("script") || name.equals("style") || replaced(element)) {
          continue;
        }
        for (String attribute : ANNOUNCED) {
          String value = element.getAttributeValue(attribute);
          if (value != null
              && WORDS.matcher(value).find()
              && !element.hasAttribute("th:" + attribute)
              && !String.valueOf(element.getAttributeValue("th:attr")).contains(attribute)) {
            found.add(file + ":" + element.getLine() + ": " + attribute + "=\"" + value + "\"");
          }
        }
        visit(element, file, found);
      }
    }
  }

  private static boolean replaced(Element element) {
    for (String attribute : REPLACING) {
      if (element.hasAttribute(attribute)) {
        return true;
      }
    }
    return false;
  }
}
