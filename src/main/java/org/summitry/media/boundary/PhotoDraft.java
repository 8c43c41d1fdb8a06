package org.summitry.media.boundary;

/** What a curator (or an embedded IPTC/XMP block) says of a photo; {@code taken} is EDTF text. */
public record PhotoDraft(
    String caption,
    String headline,
    String creditLine,
    String creator,
    String agency,
    String taken,
    String sublocation,
    String city,
    String countryName,
    String copyrightNotice,
    String licenceUrl,
    String altText,
    boolean placeholder) {}
