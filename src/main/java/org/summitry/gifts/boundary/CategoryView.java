package org.summitry.gifts.boundary;

/** A gift category as pages show it. */
public record CategoryView(Long id, String slug, String name) {}
