package org.summitry.curation.control;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.summitry.edtf.ValidEdtf;

/**
 * The problems of a submitted form, by field, in the order the fields appear: the error summary at
 * the top links to each field and each field shows its own message.
 */
public final class FormErrors {

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final Map<String, String> aliases;

  /** {@code aliases} maps property names of a draft to the form's field names where they differ. */
  public FormErrors(Map<String, String> aliases) {
    this.aliases = aliases;
  }

  public void add(String field, String message) {
    byField.merge(field, message, (a, b) -> a + " " + b);
  }

  public <T> void addAll(Set<ConstraintViolation<T>> violations, Map<String, String> labels) {
    for (ConstraintViolation<T> violation : violations) {
      String property = violation.getPropertyPath().toString();
      int bracket = property.indexOf('[');
      String base = bracket < 0 ? property : property.substring(0, bracket);
      String field = aliases.getOrDefault(base, base);
      String label = labels.getOrDefault(field, field);
      String message = violation.getMessage();
      // A date's explanation is a sentence of its own; other messages follow the field's label.
      boolean sentence = violation.getConstraintDescriptor().getAnnotation() instanceof ValidEdtf;
      add(field, sentence ? message : label + " " + message + ".");
    }
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, String> asMap() {
    return byField;
  }
}
