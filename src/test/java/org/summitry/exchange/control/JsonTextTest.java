package org.summitry.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
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

  @Test
  void jsonNestedAHundredThousandDeepIsRefusedWithoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse(deep));
    assertEquals(
        "not valid JSON at character 65: arrays and objects nest deeper than 64 levels",
        e.getMessage());
    String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse(deepObjects))
            .getMessage()
            .endsWith("nest deeper than 64 levels"));
  }

  @Test
  void sixtyFourLevelsAreRead() {
    Object parsed = JsonText.parse("[".repeat(64) + "1" + "]".repeat(64));
    for (int level = 0; level < 64; level++) {
      parsed = ((List<?>) parsed).get(0);
    }
    assertEquals(1L, parsed);
    String siblings = "[" + String.join(",", Collections.nCopies(1000, deepOne(60))) + "]";
    assertEquals(1000, ((List<?>) JsonText.parse(siblings)).size(), "depth is not a count");
  }

  private static String deepOne(int levels) {
    return "[".repeat(levels) + "1" + "]".repeat(levels);
  }

  @Test
  void aNumberOfAMillionDigitsIsRefusedBeforeItIsConverted() {
    String huge = "{\"id\":" + "9".repeat(1_000_000) + "}";
    assertEquals(
        "not valid JSON at character 7: a number longer than 100 characters",
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse(huge)).getMessage());
    assertEquals(new BigDecimal("1E+999999999"), JsonText.parse("1e999999999"));
  }
}
