package org.summitry.people.boundary;

/**
 * Two persons who are likely one, as the curator reviews them: {@code keep} is the one suggested to
 * stay (more linked to, else the older), {@code merge} the one suggested to go into it.
 */
public record LikelyDuplicate(
    PersonView keep,
    PersonLinks keepLinks,
    PersonView merge,
    PersonLinks mergeLinks,
    Likeness likeness) {

  /** The likeness as the bundles name it ("duplicates.likeness.SAME_NAME"). */
  public String likenessKey() {
    return "duplicates.likeness." + likeness.name();
  }
}
