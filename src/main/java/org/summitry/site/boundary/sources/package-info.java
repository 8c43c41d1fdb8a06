/**
 * The source pages ({@code /sources}, {@code /sources/{slug}}; templates {@code sources/}): every
 * published source, and each with the public entries that cite it.
 */
package org.summitry.site.boundary.sources;
