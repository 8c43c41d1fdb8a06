package org.summitry.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.summitry.kernel.AuthorityId;

/**
 * What is needed to record a country: its ISO 3166-1 alpha-2 code, its name in English and its
 * Wikidata item as typed, or null.
 */
public record CountryDraft(
    @NotBlank @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "{org.summitry.countryCode}")
        String code,
    @NotBlank @Size(max = 200) String name,
    @AuthorityId(AuthorityId.File.WIKIDATA) String wikidataId) {

  /** A country without a Wikidata item. */
  public CountryDraft(String code, String name) {
    this(code, name, null);
  }
}
