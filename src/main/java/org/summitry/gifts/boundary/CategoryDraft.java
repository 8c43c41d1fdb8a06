package org.summitry.gifts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What is needed to name a gift category; the slug is made from the name when null. */
public record CategoryDraft(@Size(max = 80) String slug, @NotBlank @Size(max = 200) String name) {}
