package org.summitry.imports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as registers write it: "$1,530.00", "£1.234,50", "650.0", "EUR 300", "Above limit", "Not
 * known", "approx. £150". An amount is read when the text holds one number; its currency comes from
 * a sign or code in the text, else from the register's own currency. Words are kept as the value
 * note, so "Above limit" and "approx. £150" lose nothing.
 */
public record Money(BigDecimal amount, String currency, String note) {

  private static final Money NONE = new Money(null, null, null);

  private static final Map<String, String> SIGNS =
      Map.of("$", "USD", "US$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY", "₩", "KRW", "₽", "RUB");

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,'\\u00A0\\u202F ]*");
  private static final Pattern CODE = Pattern.compile("\\b([A-Z]{3})\\b");

  /**
   * Reads {@code text}; {@code fallbackCurrency} (an ISO 4217 code or null) is the currency when
   * the text names none.
   */
  public static Money parse(String text, String fallbackCurrency) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    String value = text.strip();
    Matcher number = NUMBER.matcher(value);
    if (!number.find()) {
      return new Money(null, null, value);
    }
    String raw = number.group();
    String digits = raw.strip();
    if (number.find()) {
      // Two numbers ("£100–£200", "2 x 150"): a person reads it, the archive keeps it as written.
      return new Money(null, null, value);
    }
    BigDecimal amount = amount(digits);
    if (amount == null) {
      return new Money(null, null, value);
    }
    String currency = currencyIn(value);
    if (currency == null) {
      currency = fallbackCurrency == null || fallbackCurrency.isBlank() ? null : fallbackCurrency;
    }
    if (currency == null) {
      return new Money(null, null, value);
    }
    String rest = value.replace(raw, " ");
    for (String sign : SIGNS.keySet()) {
      rest = rest.replace(sign, " ");
    }
    rest = CODE.matcher(rest).replaceAll(" ").replaceAll("[\\s.,:;()\\-]+", "");
    return new Money(amount, currency.toUpperCase(Locale.ROOT), rest.isEmpty() ? null : value);
  }

  /**
   * "1,530.00", "1.234,50", "1 234,5", "650.0", "1,234" (thousands), "12,5" (a decimal comma): the
   * last separator is the decimal one unless it is followed by exactly three digits and is the only
   * one of its kind, which is how thousands are grouped.
   */
  static BigDecimal amount(String digits) {
    String plain = digits.replaceAll("[\\s\\u00A0\\u202F']", "");
    int lastDot = plain.lastIndexOf('.');
    int lastComma = plain.lastIndexOf(',');
    int last = Math.max(lastDot, lastComma);
    String normalized;
    if (last < 0) {
      normalized = plain;
    } else {
      char separator = plain.charAt(last);
      boolean mixed = lastDot >= 0 && lastComma >= 0;
      boolean repeated = plain.indexOf(separator) != last;
      int decimals = plain.length() - last - 1;
      boolean decimal = mixed || (!repeated && decimals != 3);
      if (decimal) {
        normalized =
            plain.substring(0, last).replaceAll("[.,]", "") + "." + plain.substring(last + 1);
      } else {
        normalized = plain.replaceAll("[.,]", "");
      }
    }
    if (!normalized.matches("\\d+(\\.\\d*)?")) {
      return null;
    }
    if (normalized.endsWith(".")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    return new BigDecimal(normalized).setScale(2, RoundingMode.HALF_UP);
  }

  private static String currencyIn(String value) {
    if (value.contains("US$")) {
      return "USD";
    }
    for (Map.Entry<String, String> sign : SIGNS.entrySet()) {
      if (value.contains(sign.getKey())) {
        return sign.getValue();
      }
    }
    Matcher code = CODE.matcher(value);
    while (code.find()) {
      try {
        return Currency.getInstance(code.group(1)).getCurrencyCode();
      } catch (IllegalArgumentException notACurrency) {
        // a word in capitals, not a currency code
      }
    }
    return null;
  }
}
