package org.summitry.people.boundary;

/** Why two persons look like one, strongest first. */
public enum Likeness {
  /** Their names are the same once honorifics, case, accents and punctuation are set aside. */
  SAME_NAME,
  /** One's name or alias is the other's alias, set aside the same way. */
  ALIAS,
  /** Their names differ by a letter or two ("Abdulla II", "Abdullah II"). */
  SPELLING
}
