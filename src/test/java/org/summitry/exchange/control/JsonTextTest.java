package org.summitry.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void anyTextSurvivesOnOneLine() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("title", "Quote \" backslash \\ tab\t newline\n nul\u0000 separator\u2028 김정은 🐕");
    row.put("id", 1_000_000_000_000L);
    row.put("published", true);
    row.put("note", null);
    row.put("amount", new BigDecimal("1234.50"));
    String line = JsonText.write(row);
    assertFalse(line.contains("\n") || line.contains("\u2028"), line);
    Map<String, Object> expected = new LinkedHashMap<>(row);
    expected.put("amount", new BigDecimal("1234.50"));
    assertEquals(expected, JsonText.parse(line));
    assertEquals(line, JsonText.write(JsonText.parse(line)), "written the same way twice");
  }

  @Test
  void nestedManifestsAreRead() {
    Object parsed = JsonText.parse(" {\"a\": [1, 2.5, \"x\"], \"b\": {}} ");
    assertEquals(Map.of("a", Arrays.asList(1L, new BigDecimal("2.5"), "x"), "b", Map.of()), parsed);
    assertEquals(List.of(), JsonText.parse("[]"));
  }

  @Test
  void brokenJsonIsRefusedWithItsPlace() {
    for (String broken : List.of("{\"a\":1", "{\"a\" 1}", "[1,]", "\"open", "{} x", "tru", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> JsonText.parse(broken), broken);
      assertTrue(e.getMessage().startsWith("not valid JSON at character"), e.getMessage());
    }
  }
}
