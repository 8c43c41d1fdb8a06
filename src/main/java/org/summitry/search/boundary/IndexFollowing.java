package org.summitry.search.boundary;

/**
 * Fired once after start, when this instance's search index is open (built, if it had to be) and
 * follows the journal: from then on the archive's state only changes with new changes.
 */
public record IndexFollowing() {}
