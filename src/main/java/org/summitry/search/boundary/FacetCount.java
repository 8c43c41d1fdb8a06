package org.summitry.search.boundary;

/** A facet value and how many results have it; {@code label} is what the page shows. */
public record FacetCount(String value, String label, long count) {}
