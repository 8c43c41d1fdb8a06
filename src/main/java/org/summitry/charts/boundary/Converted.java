package org.summitry.charts.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Declared values in several currencies converted into one: the total of those a rate converts
 * ({@code null} when none does) and the currencies left out because no rate converts them, so a
 * converted total never silently mixes in an unconverted amount.
 */
public record Converted(String currency, BigDecimal total, List<String> unconverted) {

  /**
   * Converts {@code values} (amounts by currency; a null amount is unknown) into {@code target}
   * with {@code rates} (units of the target per unit of each currency); the target itself needs no
   * rate.
   */
  public static Converted of(
      Map<String, BigDecimal> values, String target, Map<String, BigDecimal> rates) {
    BigDecimal total = null;
    List<String> unconverted = new ArrayList<>();
    for (var value : values.entrySet()) {
      BigDecimal rate = value.getKey().equals(target) ? BigDecimal.ONE : rates.get(value.getKey());
      if (rate == null || value.getValue() == null) {
        unconverted.add(value.getKey());
        continue;
      }
      BigDecimal amount = value.getValue().multiply(rate);
      total = total == null ? amount : total.add(amount);
    }
    return new Converted(
        target,
        total == null ? null : total.setScale(2, RoundingMode.HALF_EVEN),
        List.copyOf(unconverted));
  }

  /** Whether some amounts are left out of the total. */
  public boolean partial() {
    return !unconverted.isEmpty();
  }
}
