package org.summitry.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.summitry.curation.control.FormErrors;
import org.summitry.gifts.boundary.RateDraft;

/** The exchange rate form: what a curator typed is read, and a mistake says what is wrong. */
class RateFormTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aRateIsReadWithItsCodesInCapitalsAndAYearMeaningItsFirstDay() {
    RateForm form = form(" krw ", "usd", "0.00075", "2024");
    FormErrors errors = new FormErrors(Map.of());
    RateDraft draft = form.draft(errors);
    assertTrue(errors.isEmpty());
    assertEquals("KRW", draft.currency());
    assertEquals("USD", draft.toCurrency());
    assertEquals(new BigDecimal("0.00075"), draft.rate());
    assertEquals(LocalDate.of(2024, 1, 1), draft.validOn());
    assertTrue(VALIDATOR.validate(draft).isEmpty());
  }

  @Test
  void aRateThatIsNotANumberOrADateThatIsNotADateIsRefusedWithWhatWasTyped() {
    RateForm form = form("KRW", "USD", "about 1300", "19 June");
    FormErrors errors = new FormErrors(Map.of());
    RateDraft draft = form.draft(errors);
    assertNull(draft.rate());
    assertTrue(errors.asMap().get("rate").contains("about 1300"), errors.asMap().toString());
    assertTrue(errors.asMap().get("validOn").contains("19 June"), errors.asMap().toString());
    assertEquals("about 1300", form.rate, "the form keeps the input");
  }

  @Test
  void codesMustBeThreeLettersAndTheRateAboveZero() {
    RateDraft draft = form("KRWX", "U1D", "-2", "2024-06-19").draft(new FormErrors(Map.of()));
    Set<String> wrong =
        VALIDATOR.validate(draft).stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet());
    assertEquals(Set.of("currency", "toCurrency", "rate"), wrong);
  }

  private static RateForm form(String currency, String toCurrency, String rate, String validOn) {
    RateForm form = new RateForm();
    form.currency = currency;
    form.toCurrency = toCurrency;
    form.rate = rate;
    form.validOn = validOn;
    form.citation = "Bank of Korea, ECOS";
    form.citationUrl = "https://ecos.bok.or.kr/";
    return form;
  }
}
