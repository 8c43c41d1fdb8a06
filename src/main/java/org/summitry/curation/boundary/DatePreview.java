package org.summitry.curation.boundary;

import org.summitry.edtf.Edtf;
import org.summitry.platform.boundary.Messages;

/** What an EDTF date typed in a form means in words, or why it is not a date. */
record DatePreview(String words, String problem) {

  static DatePreview of(String text) {
    if (text == null || text.isBlank()) {
      return new DatePreview(null, null);
    }
    return Edtf.problem(text, Messages.locale())
        .map(problem -> new DatePreview(null, problem))
        .orElseGet(() -> new DatePreview(Edtf.parse(text).inWords(Messages.locale()), null));
  }
}
