package org.summitry.people.boundary;

import java.util.List;

/** What is needed to record a person; {@code countryCode} is ISO 3166-1 alpha-2 or null. */
public record PersonDraft(
    String slug,
    String name,
    String nativeName,
    List<String> aliases,
    String title,
    String countryCode,
    String biography) {}
