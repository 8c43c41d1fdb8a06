package org.summitry.charts.boundary;

/**
 * The state of the archive: a value that changes whenever a change to an entry is committed here or
 * read from the journal, compared with {@code equals}. {@link Tallies} keeps each figure while it
 * stays the same. The site's page cache, which keeps pages under the same state, provides it.
 */
public interface ArchiveState {

  Object current();
}
