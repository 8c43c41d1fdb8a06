package org.summitry.media.boundary;

import jakarta.validation.constraints.Size;

/**
 * A rectangle of a photo to tag, in pixels of the upright picture, with the person or the gift it
 * shows (exactly one) and an optional label.
 */
public record RegionDraft(
    int x, int y, int w, int h, Long personId, Long giftId, @Size(max = 200) String label) {}
