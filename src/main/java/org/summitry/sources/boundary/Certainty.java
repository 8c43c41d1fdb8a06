package org.summitry.sources.boundary;

import java.util.Locale;
import java.util.Optional;

/**
 * How sure the archive is of a claim: confirmed by the source itself or an official record,
 * reported by it, uncertain (the source hedges), or disputed (another source contradicts it).
 */
public enum Certainty {
  CONFIRMED,
  REPORTED,
  UNCERTAIN,
  DISPUTED;

  /** The word forms, the API and the journal use: "reported". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The certainty a form or a journal line names, in any case; empty when none is. */
  public static Optional<Certainty> of(String key) {
    if (key == null) {
      return Optional.empty();
    }
    for (Certainty c : values()) {
      if (c.key().equalsIgnoreCase(key.strip())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
