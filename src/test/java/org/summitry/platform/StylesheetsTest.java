package org.summitry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stylesheets the app serves are whole: a block left open swallows every rule after it into
 * itself (an unclosed {@code @media (forced-colors: active)} once hid the stories' styles from
 * every other visitor, so an embedded gift card spread over the whole page).
 */
class StylesheetsTest {

  private static final Path CSS = Path.of("webapp/static/css");

  @Test
  void everyBlockOfEveryStylesheetIsClosed() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(CSS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".css")).sorted().toList()) {
        String css = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
          if (c == '\n') {
            line++;
          } else if (c == '{') {
            depth++;
          } else if (c == '}' && --depth < 0) {
            problems.add(file.getFileName() + ":" + line + ": a } closes nothing");
            depth = 0;
          }
        }
        if (depth != 0) {
          problems.add(file.getFileName() + ": " + depth + " block(s) left open at the end");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theStoriesStylesApplyOutsideAnyMediaQuery() throws IOException {
    String css = Files.readString(CSS.resolve("site.css")).replaceAll("(?s)/\\*.*?\\*/", "");
    int at = css.indexOf(".story__embed--gift .gift-card {");
    assertTrue(at > 0, "the embedded gift card has its own rule");
    int depth = 0;
    for (char c : css.substring(0, at).toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
    assertEquals(0, depth, "the embedded card's rule is at the top level");
  }
}
