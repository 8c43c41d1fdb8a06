package org.summitry.media.boundary;

import org.summitry.kernel.EntryType;

/** A gallery a photo appears in: that of the summit or gift with this id. */
public record GalleryPlace(EntryType entryType, Long entryId) {}
