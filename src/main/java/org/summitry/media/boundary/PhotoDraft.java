package org.summitry.media.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.summitry.edtf.ValidEdtf;
import org.summitry.sources.boundary.CitationDraft;
import org.summitry.sources.boundary.ClaimDraft;

/**
 * What a curator (or an embedded IPTC/XMP block) says of a photo; {@code taken} is EDTF text;
 * {@code citations} the sources it cites and {@code claims} what each says of its date, place and
 * creator (null leaves either as it is).
 */
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
    boolean placeholder,
    List<CitationDraft> citations,
    List<ClaimDraft> claims) {

  /** A draft that leaves the photo's sources and claims as they are. */
  public PhotoDraft(
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
      boolean placeholder) {
    this(
        caption,
        headline,
        creditLine,
        creator,
        agency,
        taken,
        sublocation,
        city,
        countryName,
        copyrightNotice,
        licenceUrl,
        altText,
        placeholder,
        null,
        null);
  }
}
