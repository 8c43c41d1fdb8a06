package org.summitry.edtf;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A date as the sources give it, stored three ways: the EDTF text ("2024-02~"), and the earliest
 * and latest day it can mean, so lists sort and filter by date without parsing. Entities map the
 * columns with {@code @AttributeOverride} to {@code date_edtf}, {@code date_earliest}, {@code
 * date_latest}.
 */
@Embeddable
public class DateSpec {

  @Column(length = 100)
  private String edtf;

  private LocalDate earliest;

  private LocalDate latest;

  protected DateSpec() {}

  private DateSpec(Edtf parsed) {
    this.edtf = parsed.text();
    this.earliest = parsed.lower();
    this.latest = parsed.upper();
  }

  /** Parses {@code text} as EDTF; blank means no date (null). */
  public static DateSpec of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return new DateSpec(Edtf.parse(text));
  }

  public String edtf() {
    return edtf;
  }

  public LocalDate earliest() {
    return earliest;
  }

  public LocalDate latest() {
    return latest;
  }

  public String inWords(Locale locale) {
    return Edtf.parse(edtf).inWords(locale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateSpec that && Objects.equals(edtf, that.edtf);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(edtf);
  }

  @Override
  public String toString() {
    return edtf;
  }
}
