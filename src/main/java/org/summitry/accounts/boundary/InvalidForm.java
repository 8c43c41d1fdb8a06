package org.summitry.accounts.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form that cannot be accepted as filled in: for each field id, the message bundle key of what is
 * wrong with it, in the order of the form, so pages can list them and mark each field.
 */
public class InvalidForm extends RuntimeException {

  private final Map<String, String> errors;

  public InvalidForm(Map<String, String> errors) {
    super("Invalid fields " + errors.keySet());
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public static InvalidForm of(String field, String key) {
    return new InvalidForm(Map.of(field, key));
  }

  /** Field id to message key, in the form's order. */
  public Map<String, String> errors() {
    return errors;
  }
}
