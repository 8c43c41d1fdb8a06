package org.summitry.sources.boundary;

/** A claim as public pages and the API show it: its fact, its (public) source and certainty. */
public record ClaimView(
    String fact,
    SourceView source,
    Certainty certainty,
    boolean preferred,
    String stated,
    String note) {}
