package org.summitry.edtf;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link ValidEdtf} strings and reports the parser's explanation as the message, in English;
 * the application's message interpolator (platform.control.RequestLanguageMessages) puts it in the
 * language of the request.
 */
public final class ValidEdtfValidator implements ConstraintValidator<ValidEdtf, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    Optional<String> problem = Edtf.problem(value);
    if (problem.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(escapeForTemplate(problem.get()))
        .addConstraintViolation();
    return false;
  }

  // The message quotes what the user typed and is then read as a message template, so without
  // escaping, input like "${...}" or "{key}" would be evaluated or looked up by the interpolator.
  static String escapeForTemplate(String message) {
    StringBuilder escaped = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
