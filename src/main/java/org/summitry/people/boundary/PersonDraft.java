package org.summitry.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What is needed to record a person; {@code countryCode} is ISO 3166-1 alpha-2 or null. */
public record PersonDraft(
    @Size(max = 80) String slug,
    @NotBlank @Size(max = 300) String name,
    @Size(max = 300) String nativeName,
    List<@NotBlank @Size(max = 300) String> aliases,
    @Size(max = 500) String title,
    @Pattern(regexp = "[A-Za-z]{2}", message = "{org.summitry.countryCode}") String countryCode,
    @Size(max = 20000) String biography) {}
