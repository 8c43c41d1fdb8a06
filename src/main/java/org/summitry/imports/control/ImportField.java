package org.summitry.imports.control;

/**
 * What a column of an imported file can fill. The giver and recipient are described as the register
 * sees a gift received; a {@link #DIRECTION} column whose value reads "given" swaps them, as the UK
 * register's "Given or received" does.
 */
public enum ImportField {
  TITLE,
  DESCRIPTION,
  DATE,
  VALUE,
  CURRENCY,
  VALUE_NOTE,
  WHEREABOUTS,
  OCCASION,
  SUMMIT,
  SOURCE,
  GIVER_NAME,
  GIVER_TITLE,
  GIVER_COUNTRY,
  RECIPIENT_NAME,
  RECIPIENT_TITLE,
  RECIPIENT_COUNTRY,
  DIRECTION;

  /** The form's field name: "giverCountry". */
  public String formName() {
    String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}
