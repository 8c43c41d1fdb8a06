package org.summitry.edtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidEdtfValidatorTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  static final class Gift {
    @ValidEdtf final String given;

    Gift(String given) {
      this.given = given;
    }
  }

  static final class Summit {
    final List<@ValidEdtf String> sessions;

    Summit(List<String> sessions) {
      this.sessions = sessions;
    }
  }

  @BeforeAll
  static void startValidation() {
    // Expression language is switched on for custom messages too, the most permissive setting an
    // application could choose, so the escaping is what keeps user input inert.
    factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .customViolationExpressionLanguageFeatureLevel(
                ExpressionLanguageFeatureLevel.BEAN_METHODS)
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    factory.close();
  }

  private static Set<ConstraintViolation<Gift>> violations(String given) {
    return validator.validate(new Gift(given));
  }

  private static String onlyMessage(String given) {
    Set<ConstraintViolation<Gift>> violations = violations(given);
    assertEquals(1, violations.size(), () -> "violations for " + given + ": " + violations);
    return violations.iterator().next().getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-19", "2018?", "201X", "2004-06~/2004-08?", "../2024"})
  void validDatesPass(String given) {
    assertTrue(violations(given).isEmpty());
  }

  @Test
  void nullPassesSoThatDatesCanBeOptional() {
    assertTrue(violations(null).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankPassesSoThatDatesCanBeOptional(String given) {
    assertTrue(violations(given).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2024-13", "June 2024", "2024-06-19/2024-06-18"})
  void violationCarriesTheParsersMessage(String given) {
    assertEquals(Edtf.problem(given).orElseThrow(), onlyMessage(given));
  }

  @Test
  void expressionInInputIsNotEvaluated() {
    String given = "${'sum'.concat('mit')}";
    String message = onlyMessage(given);
    assertTrue(message.startsWith("“${'sum'.concat('mit')}”"), message);
    assertEquals(Edtf.problem(given).orElseThrow(), message);
  }

  @Test
  void messageKeyInInputIsNotLookedUp() {
    String given = "{jakarta.validation.constraints.NotNull.message}";
    assertEquals(Edtf.problem(given).orElseThrow(), onlyMessage(given));
  }

  @Test
  void backslashesInInputSurvive() {
    String given = "2024\\06\\19";
    assertEquals(Edtf.problem(given).orElseThrow(), onlyMessage(given));
  }

  @Test
  void constraintWorksOnListElements() {
    Set<ConstraintViolation<Summit>> violations =
        validator.validate(new Summit(List.of("2024-06-19", "2024-02-30")));
    assertEquals(1, violations.size());
    assertEquals(
        "“2024-02-30” is not a valid date: February 2024 has 29 days.",
        violations.iterator().next().getMessage());
  }

  @Test
  void templateEscapingCoversEverySpecialCharacter() {
    assertEquals("\\$\\{a\\}\\\\", ValidEdtfValidator.escapeForTemplate("${a}\\"));
  }

  @Test
  void defaultMessageIsBundled() {
    assertEquals(
        "is not a valid date",
        ResourceBundle.getBundle("ValidationMessages")
            .getString("org.summitry.edtf.ValidEdtf.message"));
  }
}
