package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceTest {

  record Country(String code, String name) {}

  @Test
  void theChosenOptionIsSelectedAndTheOthersAreNot() {
    List<Country> countries =
        List.of(new Country("ru", "Russia"), new Country("kp", "North Korea"));
    String html = Choice.options(Choice.of(countries, Country::code, Country::name, "kp"));
    assertEquals(
        "<option value=\"ru\">Russia</option><option value=\"kp\" selected=\"selected\">North Korea</option>",
        html);
    assertFalse(
        Choice.options(Choice.of(countries, Country::code, Country::name, null))
            .contains("selected"));
  }

  @Test
  void labelsAndValuesCannotBreakOutOfTheOption() throws IOException {
    List<String> naughty =
        Files.readAllLines(Path.of("..", "shared", "data", "blns.txt"), StandardCharsets.UTF_8)
            .stream()
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    for (String text : naughty) {
      String html = Choice.options(List.of(new Choice(text, text, false)));
      String inner =
          html.substring("<option value=\"".length(), html.length() - "</option>".length());
      assertFalse(inner.contains("<"), () -> "unescaped < from " + text);
      assertFalse(inner.contains(">") && inner.indexOf('>') != inner.lastIndexOf('>'), text);
      String value = inner.substring(0, inner.indexOf("\">"));
      assertFalse(value.contains("\""), () -> "unescaped quote from " + text);
    }
    assertTrue(
        Choice.options(List.of(new Choice("a\"b", "<script>x</script>", false)))
            .contains("value=\"a&quot;b\">&lt;script&gt;x&lt;/script&gt;<"));
  }
}
