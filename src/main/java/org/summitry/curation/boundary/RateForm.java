package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.summitry.curation.control.FormErrors;
import org.summitry.gifts.boundary.RateDraft;
import org.summitry.gifts.boundary.RateView;
import org.summitry.kernel.Text;
import org.summitry.platform.boundary.Messages;

/** The exchange rate form as typed: kept as text so a mistake is shown with what was typed. */
public class RateForm {

  @FormParam("currency")
  public String currency;

  @FormParam("toCurrency")
  public String toCurrency;

  @FormParam("rate")
  public String rate;

  @FormParam("validOn")
  public String validOn;

  @FormParam("sourceId")
  public String sourceId;

  @FormParam("citation")
  public String citation;

  @FormParam("citationUrl")
  public String citationUrl;

  @FormParam("version")
  public String version;

  static RateForm of(RateView rate) {
    RateForm form = new RateForm();
    form.currency = rate.currency();
    form.toCurrency = rate.toCurrency();
    form.rate = rate.rate().toPlainString();
    form.validOn = rate.validOn().toString();
    form.sourceId = rate.sourceId() == null ? null : rate.sourceId().toString();
    form.citation = rate.citation();
    form.citationUrl = rate.citationUrl();
    form.version = Long.toString(rate.version());
    return form;
  }

  /**
   * The draft the form stands for; what cannot be read (a rate that is not a number, a date that is
   * not a date, a year alone means its 1st of January) goes into {@code errors} and leaves the
   * field null for validation to report no second time.
   */
  RateDraft draft(FormErrors errors) {
    BigDecimal parsedRate = null;
    String typedRate = Text.strippedOrNull(rate);
    if (typedRate != null) {
      try {
        parsedRate = new BigDecimal(typedRate.replace(" ", "").replace(",", ""));
      } catch (NumberFormatException e) {
        errors.add("rate", Messages.get("admin.rates.error.rate", typedRate));
      }
    }
    LocalDate parsedDate = null;
    String typedDate = Text.strippedOrNull(validOn);
    if (typedDate != null) {
      try {
        parsedDate =
            typedDate.matches("\\d{4}")
                ? LocalDate.of(Integer.parseInt(typedDate), 1, 1)
                : LocalDate.parse(typedDate);
      } catch (DateTimeParseException e) {
        errors.add("validOn", Messages.get("admin.rates.error.date", typedDate));
      }
    }
    Long source = null;
    String typedSource = Text.strippedOrNull(sourceId);
    if (typedSource != null) {
      try {
        source = Long.valueOf(typedSource);
      } catch (NumberFormatException e) {
        errors.add("sourceId", Messages.get("admin.rates.error.source"));
      }
    }
    return new RateDraft(
        code(currency),
        code(toCurrency),
        parsedRate,
        parsedDate,
        source,
        Text.strippedOrNull(citation),
        Text.strippedOrNull(citationUrl));
  }

  private static String code(String typed) {
    String value = Text.strippedOrNull(typed);
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }
}
