package org.summitry.journal.boundary;

/**
 * What every draft of an addressed entry holds: the address asked for (null or blank: one made from
 * the title) and the title.
 */
public interface Draft {

  String slug();

  String title();
}
