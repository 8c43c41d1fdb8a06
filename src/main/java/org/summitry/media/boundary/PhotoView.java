package org.summitry.media.boundary;

import org.summitry.kernel.Edtf;

/** A photo as pages show it, with what its caption, credit and copyright say. */
public record PhotoView(
    Long id,
    String sha256,
    String mediaType,
    int width,
    int height,
    String caption,
    String headline,
    String creditLine,
    String creator,
    String agency,
    Edtf taken,
    String sublocation,
    String city,
    String countryName,
    String copyrightNotice,
    String licenceUrl,
    String altText,
    boolean placeholder) {

  /** The file's permanent address; the digest in it changes whenever the content does. */
  public String fileUrl() {
    return "/files/" + sha256;
  }

  /** Sublocation, city and country joined for display ("Kumsusan Guesthouse, Pyongyang, North Korea"). */
  public String location() {
    return java.util.stream.Stream.of(sublocation, city, countryName)
        .filter(part -> part != null && !part.isBlank())
        .reduce((a, b) -> a + ", " + b)
        .orElse(null);
  }
}
