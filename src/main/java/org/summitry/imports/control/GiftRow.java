package org.summitry.imports.control;

import java.math.BigDecimal;
import java.util.List;
import org.summitry.kernel.Note;

/**
 * One row of an imported file read through its mapping: the gift's fields as the archive stores
 * them, its two parties as written, and what is wrong with it. A row with errors is not imported;
 * warnings say what was read differently from how it was written. A nil return (a register's "Nil
 * return" line: the minister declared no gifts that period) is neither imported nor an error.
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
    List<Note> errors,
    List<Note> warnings,
    boolean nilReturn) {

  /**
   * A giver or recipient as the row names them: a person's name and title (or role), a country's
   * name; {@code uncertain} when the register marked the name with "(?)".
   */
  public record Party(String name, String title, String country, boolean uncertain) {

    public Party(String name, String title, String country) {
      this(name, title, country, false);
    }

    public boolean isEmpty() {
      return name == null && country == null;
    }
  }

  /** A register's "Nil return" line, counted and skipped. */
  public static GiftRow nil(int row) {
    return new GiftRow(
        row,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new Party(null, null, null),
        new Party(null, null, null),
        List.of(),
        List.of(),
        true);
  }

  public boolean importable() {
    return errors.isEmpty() && !nilReturn;
  }
}
