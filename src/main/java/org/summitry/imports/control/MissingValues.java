package org.summitry.imports.control;

import java.util.Locale;
import java.util.Set;

/**
 * The words registers write for "no value": R's and spreadsheets' {@code NA}, {@code N/A}, {@code
 * n.a.}, {@code #N/A}, "unknown", "-", "none", "empty". Any field of an imported row reads them as
 * an empty cell, so that {@code NA} in a country column is not Namibia and {@code NA} as a giver
 * does not become a person.
 */
public final class MissingValues {

  private static final Set<String> WORDS =
      Set.of(
          "na",
          "n/a",
          "n.a.",
          "n.a",
          "n/k",
          "#n/a",
          "nan",
          "null",
          "unknown",
          "not known",
          "not available",
          "not applicable",
          "none",
          "empty",
          "-",
          "--",
          "---",
          "–",
          "—",
          "?");

  private MissingValues() {}

  /** Whether {@code text} says there is no value: blank or one of the words, in any case. */
  public static boolean missing(String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String word = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (word.length() > 2 && word.startsWith("(") && word.endsWith(")")) {
      word = word.substring(1, word.length() - 1).strip();
    }
    return WORDS.contains(word);
  }
}
