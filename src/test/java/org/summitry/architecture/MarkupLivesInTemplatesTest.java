package org.summitry.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every HTML tag lives in a template: no string literal (or text block) in the production Java code
 * holds one, so a designer changes a page without touching Java and every value a page shows is
 * escaped by the template engine. Comments are not code and may name tags.
 */
class MarkupLivesInTemplatesTest {

  private static final Path SOURCES = Path.of("src/main/java");

  /**
   * An opening, closing or empty tag: {@code <li>}, {@code <a href=}, {@code </mark>}, {@code
   * <br/>}.
   */
  static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s|/?>)");

  @Test
  void noJavaClassWritesHtmlTags() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = SOURCES.relativize(file).toString().replace('\\', '/');
        for (String literal : literals(Files.readString(file))) {
          if (TAG.matcher(literal).find()) {
            found.add(name + ": \"" + literal + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), found, "HTML written in Java; draw it in a template instead");
  }

  @Test
  void theScanFindsTagsInStringsAndTextBlocksButNotInComments() {
    String source =
        "/** A {@code <li>} item. */\n"
            + "class X {\n"
            + "  // writes <a href> links\n"
            + "  String a = \"<li class=\\\"x\\\">\" + '<' + \"Usage: tool <archive.zip>\";\n"
            + "  /* <svg> */ String b = \"\"\"\n    <mark>hit</mark>\n    \"\"\";\n"
            + "  List<String> c = List.of(\"a < b\", \"</option>\");\n"
            + "}\n";
    List<String> tagged =
        literals(source).stream().filter(literal -> TAG.matcher(literal).find()).toList();
    assertEquals(
        List.of("<li class=\\\"x\\\">", "\n    <mark>hit</mark>\n    ", "</option>"), tagged);
  }

  /** The string literals and text blocks of a Java source, as written (escapes kept). */
  static List<String> literals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i);
        i = i < 0 ? n : i;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        literals.add(source.substring(i + 3, end));
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literals.add(source.substring(i + 1, Math.min(j, n)));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }
}
