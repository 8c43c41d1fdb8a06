package org.summitry.kernel;

/**
 * The kinds of entry one component may point at in another by type and id (a citation of a source
 * by a gift, a photo in a summit's gallery) without depending on its classes.
 */
public enum EntryType {
  SUMMIT,
  GIFT,
  PERSON,
  COUNTRY,
  PHOTO,
  SOURCE,
  STORY
}
