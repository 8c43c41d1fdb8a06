package org.summitry.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What is needed to record a country: its ISO 3166-1 alpha-2 code and its name in English. */
public record CountryDraft(
    @NotBlank @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "{org.summitry.countryCode}")
        String code,
    @NotBlank @Size(max = 200) String name) {}
