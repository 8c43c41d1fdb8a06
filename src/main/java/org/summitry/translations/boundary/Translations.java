package org.summitry.translations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.InvalidField;
import org.summitry.kernel.Text;
import org.summitry.translations.entity.EntryTranslation;

/**
 * Entries' titles and texts in the interface's other languages. An entry's translations are saved
 * with the entry, in its transaction and before its journal row, and its snapshot lists them as
 * fields ({@link #fields}), so history compares and restores them like any other field.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Translations {

  /** The languages an entry may be translated into, in the order forms show them. */
  public static final List<String> LANGUAGES = List.of("ko", "ru");

  @PersistenceContext EntityManager em;

  /** Whether entries may be translated into {@code lang}. */
  public static boolean translatable(String lang) {
    return lang != null && LANGUAGES.contains(lang);
  }

  /**
   * The snapshot fields of an entry whose long text is called {@code textField} ("summary",
   * "description"): {@code title_ko}, {@code summary_ko} and so on, null where there is none.
   */
  public static Map<String, String> fields(List<Translation> translations, String textField) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      Translation t =
          translations.stream().filter(each -> lang.equals(each.lang())).findFirst().orElse(null);
      fields.put("title_" + lang, t == null ? null : t.title());
      fields.put(textField + "_" + lang, t == null ? null : t.text());
    }
    return fields;
  }

  /** The translations that snapshot {@code fields} names, as {@link #fields} writes them. */
  public static List<Translation> fromFields(Map<String, String> fields, String textField) {
    List<Translation> translations = new ArrayList<>();
    for (String lang : LANGUAGES) {
      Translation t =
          new Translation(lang, fields.get("title_" + lang), fields.get(textField + "_" + lang));
      if (!t.isEmpty()) {
        translations.add(t);
      }
    }
    return translations;
  }

  /** An entry's translations, in the order of {@link #LANGUAGES}. */
  public List<Translation> of(EntryType type, Long entryId) {
    if (entryId == null) {
      return List.of();
    }
    List<Translation> found = new ArrayList<>();
    for (EntryTranslation row : rows(type, entryId)) {
      found.add(new Translation(row.getLang(), row.getTitle(), row.getBody()));
    }
    found.sort(java.util.Comparator.comparingInt(t -> LANGUAGES.indexOf(t.lang())));
    return found;
  }

  /** An entry's translation into {@code lang}, if it has one. */
  public Optional<Translation> of(EntryType type, Long entryId, String lang) {
    if (!translatable(lang)) {
      return Optional.empty();
    }
    return of(type, entryId).stream().filter(t -> lang.equals(t.lang())).findFirst();
  }

  /**
   * The translations into {@code lang} of some entries of one type, by entry id; entries without
   * one are missing. One query, for lists of cards.
   */
  public Map<Long, Translation> in(EntryType type, Collection<Long> entryIds, String lang) {
    if (!translatable(lang) || entryIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Translation> found = new HashMap<>();
    List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(entryIds));
    for (int from = 0; from < ids.size(); from += 500) {
      List<EntryTranslation> rows =
          em.createQuery(
                  "SELECT t FROM EntryTranslation t WHERE t.entryType = :type AND t.lang = :lang"
                      + " AND t.entryId IN :ids",
                  EntryTranslation.class)
              .setParameter("type", type)
              .setParameter("lang", lang)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
              .getResultList();
      for (EntryTranslation row : rows) {
        found.put(row.getEntryId(), new Translation(lang, row.getTitle(), row.getBody()));
      }
    }
    return found;
  }

  /**
   * Makes an entry's translations exactly these (empty ones dropped); null leaves them as they are
   * (a save that did not show them). Runs in the transaction of the entry's own save. Refuses a
   * language entries are not translated into.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void set(EntryType type, Long entryId, List<Translation> wanted) {
    if (wanted == null) {
      return;
    }
    List<Translation> kept = new ArrayList<>();
    for (Translation t : wanted) {
      if (!translatable(t.lang())) {
        throw new InvalidField("translations", "translations.language");
      }
      if (!t.isEmpty()) {
        kept.add(
            new Translation(t.lang(), Text.blankToNull(t.title()), Text.blankToNull(t.text())));
      }
    }
    if (kept.equals(of(type, entryId))) {
      return;
    }
    removeAll(type, entryId);
    for (Translation t : kept) {
      em.persist(new EntryTranslation(type, entryId, t.lang(), t.title(), t.text()));
    }
    em.flush();
  }

  /** Removes an entry's translations, when the entry itself is purged. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void removeAll(EntryType type, Long entryId) {
    em.createQuery("DELETE FROM EntryTranslation t WHERE t.entryType = :type AND t.entryId = :id")
        .setParameter("type", type)
        .setParameter("id", entryId)
        .executeUpdate();
  }

  private List<EntryTranslation> rows(EntryType type, Long entryId) {
    return em.createQuery(
            "SELECT t FROM EntryTranslation t WHERE t.entryType = :type AND t.entryId = :id",
            EntryTranslation.class)
        .setParameter("type", type)
        .setParameter("id", entryId)
        .getResultList();
  }
}
