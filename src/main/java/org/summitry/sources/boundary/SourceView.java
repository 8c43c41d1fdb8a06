package org.summitry.sources.boundary;

import java.time.LocalDate;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.WebAddress;

/**
 * A cited source as pages show it, with what the citing entry says of it if anything: a note, where
 * in the source ({@code page}), the words quoted and the day it was read online ({@code accessed}).
 */
public record SourceView(
    Long id,
    String publisher,
    String title,
    String url,
    Edtf date,
    String note,
    String page,
    String quote,
    LocalDate accessed) {

  /** A source with at most a note from the citing entry. */
  public SourceView(Long id, String publisher, String title, String url, Edtf date, String note) {
    this(id, publisher, title, url, date, note, null, null, null);
  }

  /** The day the source was read online, as dates are shown; null when not said. */
  public Edtf accessedOn() {
    return accessed == null ? null : Edtf.parse(accessed.toString());
  }

  /** The URL when it is safe to link (http or https), else null and the title is shown as text. */
  public String webUrl() {
    return WebAddress.linkable(url);
  }
}
