package org.summitry.exchange.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of an imported file read through its mapping: the gift's fields as the archive stores
 * them, its two parties as written, and what is wrong with it. A row with errors is not imported;
 * warnings say what was read differently from how it was written.
 */
public record GiftRow(
    int row,
    String title,
    String description,
    String date,
    BigDecimal valueAmount,
    String valueCurrency,
    String valueNote,
    String whereabouts,
    String occasion,
    String summit,
    String source,
    Party giver,
    Party recipient,
    List<String> errors,
    List<String> warnings) {

  /** A giver or recipient as the row names them: a person's name and title, a country's name. */
  public record Party(String name, String title, String country) {

    public boolean isEmpty() {
      return name == null && country == null;
    }
  }

  public boolean importable() {
    return errors.isEmpty();
  }
}
