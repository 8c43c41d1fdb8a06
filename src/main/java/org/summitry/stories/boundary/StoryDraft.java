package org.summitry.stories.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What is needed to write a story; a blank {@code slug} is made from the title. */
public record StoryDraft(
    @Size(max = 80) String slug,
    @NotBlank @Size(max = 300) String title,
    @Size(max = 1000) String lede,
    @NotBlank @Size(max = 100000) String body) {}
