package org.summitry.people.boundary;

import java.util.List;

/** A person as pages show them; {@code country} may be null. */
public record PersonView(
    Long id,
    String slug,
    String name,
    String nativeName,
    List<String> aliases,
    String title,
    CountryView country,
    String biography) {

  /**
   * A BCP 47 language tag for the native-script name, guessed from its script, so screen readers
   * pronounce 김정은 as Korean; null when the script does not tell.
   */
  public String nativeLanguage() {
    return nativeName == null ? null : ScriptLanguage.of(nativeName);
  }

  /**
   * Languages that a script alone points to, for names whose language is not recorded. Scripts
   * shared by many languages (Cyrillic, Arabic, Han, Latin) give no answer rather than a guess.
   */
  static final class ScriptLanguage {
    private ScriptLanguage() {}

    static String of(String text) {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        switch (script) {
          case HANGUL:
            return "ko";
          case HIRAGANA:
          case KATAKANA:
            return "ja";
          case HEBREW:
            return "he";
          case GREEK:
            return "el";
          case THAI:
            return "th";
          default:
            return null;
        }
      }
      return null;
    }
  }
}
