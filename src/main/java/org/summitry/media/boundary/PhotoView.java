package org.summitry.media.boundary;

import java.util.stream.Stream;
import org.summitry.kernel.Edtf;
import org.summitry.kernel.WebAddress;

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

  /** The file's address in the back office, which also serves drafts. */
  public String adminFileUrl() {
    return "/admin/files/" + sha256;
  }

  /** The licence URL when it is safe to link (http or https), else null. */
  public String licenceWebUrl() {
    return WebAddress.linkable(licenceUrl);
  }

  /**
   * Sublocation, city and country joined for display ("Kumsusan Guesthouse, Pyongyang, North
   * Korea").
   */
  public String location() {
    return Stream.of(sublocation, city, countryName)
        .filter(part -> part != null && !part.isBlank())
        .reduce((a, b) -> a + ", " + b)
        .orElse(null);
  }
}
