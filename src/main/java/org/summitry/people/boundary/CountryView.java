package org.summitry.people.boundary;

import org.summitry.kernel.WikidataId;

/** A country as pages show it; {@code wikidataId} ("Q423") may be null. */
public record CountryView(Long id, String code, String name, String wikidataId) {

  /** A country without a Wikidata item. */
  public CountryView(Long id, String code, String name) {
    this(id, code, name, null);
  }

  /** The country's Wikidata item, or null. */
  public WikidataId wikidata() {
    return WikidataId.parse(wikidataId).orElse(null);
  }
}
