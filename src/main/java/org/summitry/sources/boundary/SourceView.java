package org.summitry.sources.boundary;

import org.summitry.kernel.Edtf;

/** A cited source as pages show it, with the citing entry's note if any. */
public record SourceView(Long id, String publisher, String title, String url, Edtf date, String note) {}
