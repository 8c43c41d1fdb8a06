package org.summitry.gifts.boundary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.summitry.edtf.Edtf;

/**
 * A gift as pages show it. Giver, recipient and summit are ids of the people and summits
 * components; pages look them up there.
 */
public record GiftView(
    Long id,
    String slug,
    String title,
    String description,
    CategoryView category,
    int quantity,
    Long giverPersonId,
    Long giverCountryId,
    Long recipientPersonId,
    Long recipientCountryId,
    Long summitId,
    String occasion,
    Edtf date,
    BigDecimal valueAmount,
    String valueCurrency,
    String valueNote,
    String whereabouts) {

  /** The estimated value in the reader's number format ("US$650.00"), or null when unknown. */
  public String valueText(Locale locale) {
    if (valueAmount == null) {
      return null;
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    Currency currency = Currency.getInstance(valueCurrency);
    format.setCurrency(currency);
    format.setMaximumFractionDigits(
        valueAmount.stripTrailingZeros().scale() <= 0 ? 0 : currency.getDefaultFractionDigits());
    return format.format(valueAmount);
  }
}
