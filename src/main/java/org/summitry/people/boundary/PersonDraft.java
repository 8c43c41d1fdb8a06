package org.summitry.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.summitry.kernel.AuthorityId;

/**
 * What is needed to record a person; {@code countryCode} is ISO 3166-1 alpha-2 or null, {@code
 * wikidataId} the person's Wikidata item as typed ("Q7747", its address) or null.
 */
public record PersonDraft(
    @Size(max = 80) String slug,
    @NotBlank @Size(max = 300) String name,
    @Size(max = 300) String nativeName,
    List<@NotBlank @Size(max = 300) String> aliases,
    @Size(max = 500) String title,
    @Pattern(regexp = "[A-Za-z]{2}", message = "{org.summitry.countryCode}") String countryCode,
    @Size(max = 20000) String biography,
    @AuthorityId(AuthorityId.File.WIKIDATA) String wikidataId) {

  /** A person without a Wikidata item. */
  public PersonDraft(
      String slug,
      String name,
      String nativeName,
      List<String> aliases,
      String title,
      String countryCode,
      String biography) {
    this(slug, name, nativeName, aliases, title, countryCode, biography, null);
  }
}
