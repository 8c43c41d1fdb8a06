package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.testing.NaughtyStrings;

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
    List<String> naughty = NaughtyStrings.lines();
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
