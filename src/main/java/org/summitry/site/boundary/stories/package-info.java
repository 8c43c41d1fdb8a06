/**
 * The story pages ({@code /stories}; templates {@code stories/}): the list and each story's
 * Markdown with its embedded summits, gifts, photos and galleries.
 */
package org.summitry.site.boundary.stories;
