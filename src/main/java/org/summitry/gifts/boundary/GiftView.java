package org.summitry.gifts.boundary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.summitry.edtf.Edtf;
import org.summitry.translations.boundary.Translation;

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

  /**
   * This gift with its title and description in another language where {@code translation} gives
   * them, its own where not; itself for no translation.
   */
  public GiftView translated(Translation translation) {
    if (translation == null) {
      return this;
    }
    return new GiftView(
        id,
        slug,
        translation.title() == null ? title : translation.title(),
        translation.text() == null ? description : translation.text(),
        category,
        quantity,
        giverPersonId,
        giverCountryId,
        recipientPersonId,
        recipientCountryId,
        summitId,
        occasion,
        date,
        valueAmount,
        valueCurrency,
        valueNote,
        whereabouts);
  }

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
