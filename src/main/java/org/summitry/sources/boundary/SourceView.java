package org.summitry.sources.boundary;

import org.summitry.kernel.Edtf;
import org.summitry.kernel.WebAddress;

/** A cited source as pages show it, with the citing entry's note if any. */
public record SourceView(
    Long id, String publisher, String title, String url, Edtf date, String note) {

  /** The URL when it is safe to link (http or https), else null and the title is shown as text. */
  public String webUrl() {
    return WebAddress.linkable(url);
  }
}
