package org.summitry.curation.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import org.summitry.platform.boundary.Messages;

/** Field labels from the message bundle ({@code field.<name>}), in the form's order. */
final class Labels {

  private Labels() {}

  static Map<String, String> of(String... fields) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String field : fields) {
      labels.put(field, Messages.get("field." + field));
    }
    return labels;
  }
}
