package org.summitry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.platform.boundary.Language;
import org.summitry.search.boundary.SearchHit;
import org.summitry.summits.boundary.SummitView;
import org.summitry.translations.boundary.Translation;
import org.summitry.translations.boundary.Translations;

/**
 * Entries' titles and texts in the page's language: a Korean or Russian page shows a summit's or
 * gift's translation where a curator wrote one and its own text where not. What is shown in the
 * entry's own language keeps the layout's {@code contentLang} mark; what is translated is in the
 * page's language and needs none, so pages are told which is which ({@code titleTranslated}, {@code
 * textTranslated}, {@code translatedSummits}).
 */
@ApplicationScoped
public class EntryTexts {

  @Inject Translations translations;
  @Inject HttpServletRequest request;

  /** The page's language code ("en", "ko", "ru"). */
  String lang() {
    return Language.of(request).code();
  }

  /** The translation of one entry into the page's language, or null. */
  public Translation of(EntryType type, Long id) {
    return translations.of(type, id, lang()).orElse(null);
  }

  /** Tells the page which of its entry's texts are translated. */
  public static void mark(Models models, Translation translation) {
    models.put("titleTranslated", translation != null && translation.title() != null);
    models.put("textTranslated", translation != null && translation.text() != null);
  }

  /** The translations into the page's language of some gifts, by id; none on English pages. */
  Map<Long, Translation> gifts(Collection<Long> ids) {
    return translations.in(EntryType.GIFT, ids, lang());
  }

  /**
   * Summits in the page's language, in the same order, and the ids of those whose titles are
   * translated, put in {@code models} as {@code translatedSummits}.
   */
  public List<SummitView> summits(List<SummitView> summits, Models models) {
    Map<Long, Translation> found =
        translations.in(EntryType.SUMMIT, summits.stream().map(SummitView::id).toList(), lang());
    Set<Long> titled = titled(found);
    Object already = models.get("translatedSummits");
    if (already instanceof Set<?> known) {
      for (Object id : known) {
        titled.add((Long) id);
      }
    }
    models.put("translatedSummits", titled);
    return found.isEmpty()
        ? summits
        : summits.stream().map(s -> s.translated(found.get(s.id()))).toList();
  }

  /**
   * The titles in the page's language of the summits and gifts among search hits that have one,
   * keyed by {@link SearchHit#key()} ("gift:12"); none on English pages.
   */
  public Map<String, String> hitTitles(List<SearchHit> hits) {
    Map<String, String> titles = new java.util.HashMap<>();
    for (EntryType type : List.of(EntryType.SUMMIT, EntryType.GIFT)) {
      String kind = type.name().toLowerCase(java.util.Locale.ROOT);
      List<SearchHit> ofKind = hits.stream().filter(h -> kind.equals(h.type())).toList();
      Map<Long, Translation> found =
          translations.in(type, ofKind.stream().map(SearchHit::id).toList(), lang());
      for (SearchHit hit : ofKind) {
        Translation translated = found.get(hit.id());
        if (translated != null && translated.title() != null) {
          titles.put(hit.key(), translated.title());
        }
      }
    }
    return titles;
  }

  /** A page of summits in the page's language, as {@link #summits(List, Models)}. */
  public Page<SummitView> summits(Page<SummitView> page, Models models) {
    return new Page<>(
        summits(page.items(), models), page.number(), page.size(), page.total(), page.reachable());
  }

  private static Set<Long> titled(Map<Long, Translation> found) {
    Set<Long> titled = new HashSet<>();
    found.forEach(
        (id, t) -> {
          if (t.title() != null) {
            titled.add(id);
          }
        });
    return titled;
  }
}
