package org.summitry.people.boundary;

import java.util.List;
import org.summitry.kernel.WikidataId;

/** A person as pages show them; {@code country} and {@code wikidataId} ("Q7747") may be null. */
public record PersonView(
    Long id,
    String slug,
    String name,
    String nativeName,
    List<String> aliases,
    String title,
    CountryView country,
    String biography,
    String wikidataId) {

  /** A person without a Wikidata item. */
  public PersonView(
      Long id,
      String slug,
      String name,
      String nativeName,
      List<String> aliases,
      String title,
      CountryView country,
      String biography) {
    this(id, slug, name, nativeName, aliases, title, country, biography, null);
  }

  /** The person's Wikidata item, or null. */
  public WikidataId wikidata() {
    return WikidataId.parse(wikidataId).orElse(null);
  }

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
