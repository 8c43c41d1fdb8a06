package org.summitry.sources.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.summitry.edtf.ValidEdtf;

/**
 * What is needed to record a source; {@code date} is EDTF text, {@code url} an http(s) address or
 * null.
 */
public record SourceDraft(
    @Size(max = 300) String publisher,
    @NotBlank @Size(max = 500) String title,
    @Size(max = 2000) String url,
    @ValidEdtf @Size(max = 100) String date) {}
