package org.summitry.media.boundary;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.WebAddress;
import org.summitry.media.control.Derivatives;

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

  /** The address of a derivative, such as "w800" or "sq200". */
  public String derivativeUrl(String name) {
    return "/files/" + sha256 + "/" + name;
  }

  /**
   * The standard widths this photo's derivatives are named after ({@code w400}, …), smallest first;
   * the last one may be narrower in pixels (see {@link #widthAt}), since nothing is enlarged.
   */
  public List<Integer> widths() {
    return Derivatives.widthsFor(width);
  }

  /** The width in pixels of the derivative named after the standard width {@code nominal}. */
  public int widthAt(int nominal) {
    return Derivatives.pixelWidth(nominal, width);
  }

  /** The address of the smallest derivative at least {@code wanted} pixels wide. */
  public String sized(int wanted) {
    return derivativeUrl(nameFor(wanted));
  }

  /** The same, in the back office, where drafts are served too. */
  public String adminSized(int wanted) {
    return adminFileUrl() + "/" + nameFor(wanted);
  }

  private String nameFor(int wanted) {
    List<Integer> widths = widths();
    int chosen = widths.get(widths.size() - 1);
    for (int w : widths) {
      if (w >= wanted) {
        chosen = w;
        break;
      }
    }
    return "w" + chosen;
  }

  /** A {@code srcset} of every width, under the application's context path. */
  public String srcset(String contextPath) {
    return widths().stream()
        .map(w -> contextPath + derivativeUrl("w" + w) + " " + widthAt(w) + "w")
        .collect(Collectors.joining(", "));
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
