package org.summitry.testing;

import org.summitry.media.boundary.PhotoView;

/** Photos as pages show them, for tests of the HTML written around them. */
public final class PhotoViews {

  private PhotoViews() {}

  /**
   * A published 1600 × 1067 JPEG with the given texts (any may be null) and nothing else: no
   * creator, agency, date, place, copyright or licence.
   */
  public static PhotoView photo(
      long id, String sha256, String caption, String headline, String credit, String alt) {
    return new PhotoView(
        id,
        sha256,
        "image/jpeg",
        1600,
        1067,
        caption,
        headline,
        credit,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        alt,
        false);
  }
}
