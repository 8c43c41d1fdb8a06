package org.summitry.curation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitry.edtf.ValidEdtf;
import org.summitry.platform.boundary.Language;

/** What a form says beside its fields, in the language of the page it comes back on. */
class FormErrorsTest {

  record Draft(@NotBlank String title, @ValidEdtf String date) {}

  @AfterEach
  void leaveTheRequest() {
    Language.serving(null);
  }

  private static Map<String, String> errors(Draft draft) {
    // The application's own configuration (META-INF/validation.xml) and thus its interpolator.
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      FormErrors errors = new FormErrors(Map.of());
      errors.addAll(factory.getValidator().validate(draft), Map.of("title", "Title"));
      return errors.asMap();
    }
  }

  @Test
  void aDatesExplanationStandsAloneInTheCuratorsLanguage() {
    Language.serving(Language.KOREAN);
    assertEquals(
        "“2024-02-30”은(는) 올바른 날짜가 아닙니다. 2024년 2월은 29일까지 있습니다.",
        errors(new Draft("Talks", "2024-02-30")).get("date"));
    Language.serving(Language.RUSSIAN);
    assertEquals(
        "«2024-13» — недопустимая дата: месяц должен быть от 01 до 12 (или от 21 до 24 для"
            + " времени года).",
        errors(new Draft("Talks", "2024-13")).get("date"));
  }

  @Test
  void otherMessagesFollowTheFieldsLabel() {
    assertEquals(
        "“2024-13” is not a valid date: month must be 01–12 (or 21–24 for a season).",
        errors(new Draft("Talks", "2024-13")).get("date"));
    assertEquals("Title must not be blank.", errors(new Draft(" ", null)).get("title"));
  }
}
