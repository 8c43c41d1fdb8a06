package org.summitry.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitry.gifts.boundary.GiftDraft;
import org.summitry.people.boundary.PersonDraft;
import org.summitry.platform.boundary.Language;

/** What the boundaries refuse before anything reaches the database, and how they say so. */
class DraftValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void aWellFormedGiftPasses() {
    assertTrue(
        validator
            .validate(gift("Tea set", 1, "2024-06-19", new BigDecimal("650"), "USD"))
            .isEmpty());
  }

  @Test
  void aGiftNeedsATitleAPositiveQuantityAValidDateAndCurrency() {
    Map<String, String> problems =
        problems(validator.validate(gift(" ", 0, "2024-13", new BigDecimal("-5"), "dollars")));
    assertEquals(
        Set.of("title", "quantity", "date", "valueAmount", "valueCurrency"), problems.keySet());
    assertTrue(problems.get("date").contains("month must be 01–12"), problems.get("date"));
    assertTrue(problems.get("valueCurrency").contains("ISO 4217"));
  }

  @Test
  void aPersonNeedsANameAndATwoLetterCountry() {
    Map<String, String> problems =
        problems(
            validator.validate(
                new PersonDraft(null, "", null, List.of("ok", " "), null, "PRK", null)));
    assertEquals(Set.of("name", "countryCode", "aliases[1].<list element>"), problems.keySet());
    assertTrue(problems.get("countryCode").contains("ISO 3166-1"));
  }

  @Test
  void theReasonsAreInTheLanguageOfTheRequest() {
    Language.serving(Language.of("ru").orElseThrow());
    try {
      Map<String, String> problems =
          problems(validator.validate(gift(" ", 1, null, null, "dollars")));
      assertEquals("не должно быть пустым", problems.get("title"));
      assertTrue(problems.get("valueCurrency").startsWith("— ожидается трёхбуквенный код валюты"));
    } finally {
      Language.serving(null);
    }
    Language.serving(Language.of("ko").orElseThrow());
    try {
      assertTrue(
          problems(validator.validate(gift("Tea set", 1, null, null, "dollars")))
              .get("valueCurrency")
              .startsWith("USD처럼 세 글자 통화 코드"));
    } finally {
      Language.serving(null);
    }
    assertEquals(
        "must not be blank",
        problems(validator.validate(gift(" ", 1, null, null, null))).get("title"),
        "outside a request, English");
  }

  private static GiftDraft gift(
      String title, int quantity, String date, BigDecimal value, String currency) {
    return new GiftDraft(
        null, title, null, null, quantity, null, null, null, null, null, null, date, value,
        currency, null, null);
  }

  private static <T> Map<String, String> problems(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .collect(
            Collectors.toMap(
                v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage,
                (a, b) -> a + "; " + b));
  }
}
