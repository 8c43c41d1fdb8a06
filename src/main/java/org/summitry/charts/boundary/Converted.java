package org.summitry.charts.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Declared values in several currencies converted into one: the total of those a rate converts
 * ({@code null} when none does) and the currencies left out because no rate converts them, so a
 * converted total never silently mixes in an unconverted amount.
 */
public record Converted(String currency, BigDecimal total, List<String> unconverted) {

  /** Whether some amounts are left out of the total. */
  public boolean partial() {
    return !unconverted.isEmpty();
  }
}
