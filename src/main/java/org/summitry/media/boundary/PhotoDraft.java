package org.summitry.media.boundary;

import jakarta.validation.constraints.Size;
import org.summitry.kernel.ValidEdtf;

/** What a curator (or an embedded IPTC/XMP block) says of a photo; {@code taken} is EDTF text. */
public record PhotoDraft(
    @Size(max = 5000) String caption,
    @Size(max = 500) String headline,
    @Size(max = 500) String creditLine,
    @Size(max = 300) String creator,
    @Size(max = 300) String agency,
    @ValidEdtf @Size(max = 100) String taken,
    @Size(max = 300) String sublocation,
    @Size(max = 200) String city,
    @Size(max = 200) String countryName,
    @Size(max = 1000) String copyrightNotice,
    @Size(max = 2000) String licenceUrl,
    @Size(max = 1000) String altText,
    boolean placeholder) {}
