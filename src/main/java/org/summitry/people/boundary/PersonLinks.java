package org.summitry.people.boundary;

/**
 * What names a person, in any state (drafts and the trash included): gifts they gave and received,
 * summits they took part in, regions of photos that show them. A merge moves all of it.
 */
public record PersonLinks(long given, long received, long summits, long regions) {

  public static final PersonLinks NONE = new PersonLinks(0, 0, 0, 0);

  /** Gifts given and received together. */
  public long gifts() {
    return given + received;
  }

  public long total() {
    return given + received + summits + regions;
  }
}
