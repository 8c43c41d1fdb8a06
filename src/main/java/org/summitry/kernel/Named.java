package org.summitry.kernel;

/**
 * An entry as a link to it reads: its id, the key other entries store for it (a slug, a country's
 * code, a source's id as text) and its current name or title.
 */
public record Named(Long id, String key, String name) {}
