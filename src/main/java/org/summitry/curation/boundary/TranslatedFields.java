package org.summitry.curation.boundary;

import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitry.curation.control.FormErrors;
import org.summitry.platform.boundary.Messages;
import org.summitry.translations.boundary.Translation;
import org.summitry.translations.boundary.Translations;

/**
 * The translations part of a summit's or gift's form: its title and long text in Korean and
 * Russian, as typed. The form sends them as {@code title_ko}, {@code text_ko} and so on; the
 * journal's snapshot names the text after the entry's own field ({@code summary_ko}, {@code
 * description_ko}), which {@link #putTranslations} and {@link #readTranslations} translate.
 */
public abstract class TranslatedFields extends ClaimFields {

  static final int TITLE_MAX = 300;
  static final int TEXT_MAX = 20000;

  @FormParam("title_ko")
  public String titleKo;

  @FormParam("text_ko")
  public String textKo;

  @FormParam("title_ru")
  public String titleRu;

  @FormParam("text_ru")
  public String textRu;

  /** The title as typed in {@code lang}, or null. */
  public String title(String lang) {
    return "ko".equals(lang) ? titleKo : "ru".equals(lang) ? titleRu : null;
  }

  /** The long text as typed in {@code lang}, or null. */
  public String text(String lang) {
    return "ko".equals(lang) ? textKo : "ru".equals(lang) ? textRu : null;
  }

  /** Whether anything is typed in another language, so the form shows the part open. */
  public boolean anyTranslation() {
    return !translations().isEmpty();
  }

  /**
   * The translations typed, without the empty ones; too long a title or text is an error, named
   * after the snapshot's field ({@code textField}: "summary", "description").
   */
  List<Translation> translations(FormErrors errors, String textField) {
    for (String lang : Translations.LANGUAGES) {
      tooLong(errors, "title_" + lang, title(lang), "field.title_" + lang, TITLE_MAX);
      tooLong(errors, "text_" + lang, text(lang), "field." + textField + "_" + lang, TEXT_MAX);
    }
    return translations();
  }

  private static void tooLong(
      FormErrors errors, String field, String value, String label, int max) {
    if (value != null && value.length() > max) {
      errors.add(field, Messages.get("form.error.tooLong", Messages.get(label), max));
    }
  }

  private List<Translation> translations() {
    List<Translation> typed = new ArrayList<>();
    for (String lang : Translations.LANGUAGES) {
      Translation t = new Translation(lang, title(lang), text(lang));
      if (!t.isEmpty()) {
        typed.add(t);
      }
    }
    return typed;
  }

  /** Adds the translations to a snapshot's fields, the text named after {@code textField}. */
  protected void putTranslations(Map<String, String> fields, String textField) {
    fields.putAll(Translations.fields(translations(), textField));
  }

  /** Reads the translations from a snapshot's fields, the text named after {@code textField}. */
  protected void readTranslations(Map<String, String> fields, String textField) {
    titleKo = fields.get("title_ko");
    textKo = fields.get(textField + "_ko");
    titleRu = fields.get("title_ru");
    textRu = fields.get(textField + "_ru");
  }
}
