package org.summitry.stories.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/** A story as pages show it: its address, title, lede, Markdown body and when it last changed. */
public record StoryView(
    Long id,
    String slug,
    String title,
    String lede,
    String body,
    OffsetDateTime created,
    OffsetDateTime updated) {

  /** The body cut into rendered HTML and embeds, in order. */
  public List<StoryText.Part> parts() {
    return StoryText.parts(body);
  }
}
