package org.summitry.imports.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.sources.boundary.SourceView;
import org.summitry.summits.boundary.SummitView;

/**
 * What an import matches rows against, read from the database once and kept up to date as the
 * import creates entries, so that 4,580 rows ask the database for nobody twice. People are known by
 * their name and each alias, without honorifics, accents or case; countries by code and name;
 * summits by address and title; sources by title.
 */
public final class Lookups {

  /**
   * How a row's country text was understood; {@code byCode} when the text was the country's ISO
   * code itself ("NA" is Namibia's), which in a column of names is more likely something else.
   */
  public record CountryMatch(Long id, String code, String name, boolean trashed, boolean byCode) {

    public CountryMatch(Long id, String code, String name, boolean trashed) {
      this(id, code, name, trashed, false);
    }

    public boolean known() {
      return code != null;
    }

    public boolean exists() {
      return id != null;
    }
  }

  private final Map<String, Long> people = new HashMap<>();
  private final Map<String, Long> countriesByCode = new HashMap<>();
  private final Map<String, Long> countriesByName = new HashMap<>();
  private final Map<Long, String> countryNames = new HashMap<>();
  private final Map<Long, String> countryCodes = new HashMap<>();
  private final Map<Long, Boolean> trashedCountries = new HashMap<>();
  private final Map<String, Long> summits = new HashMap<>();
  private final Map<String, Long> sources = new HashMap<>();
  private final Map<String, CountryMatch> understood = new HashMap<>();
  private final Map<String, String> spellings = new HashMap<>();

  public Lookups(
      List<PersonView> persons,
      List<CountryView> countries,
      List<CountryView> countriesInTrash,
      List<SummitView> summitList,
      List<SourceView> sourceList) {
    for (PersonView person : persons) {
      people.putIfAbsent(Names.key(person.name()), person.id());
      for (String alias : person.aliases()) {
        people.putIfAbsent(Names.key(alias), person.id());
      }
    }
    countries.forEach(c -> addCountry(c.id(), c.code(), c.name(), false));
    countriesInTrash.forEach(c -> addCountry(c.id(), c.code(), c.name(), true));
    for (SummitView summit : summitList) {
      summits.putIfAbsent(Names.plain(summit.slug()), summit.id());
      summits.putIfAbsent(Names.plain(summit.title()), summit.id());
    }
    sourceList.forEach(s -> sources.putIfAbsent(Names.plain(s.title()), s.id()));
  }

  /**
   * Notes how the rows spell each person the archive does not have, so that a new person gets the
   * best of the spellings ({@link Names#preferred}), not the first.
   */
  public void learnSpellings(List<GiftRow> rows) {
    Map<String, Map<String, Integer>> written = new HashMap<>();
    for (GiftRow row : rows) {
      for (GiftRow.Party party : List.of(row.giver(), row.recipient())) {
        if (party.name() != null && person(party.name()) == null) {
          written
              .computeIfAbsent(Names.key(party.name()), key -> new java.util.LinkedHashMap<>())
              .merge(party.name(), 1, Integer::sum);
        }
      }
    }
    written.forEach((key, spellings) -> this.spellings.put(key, Names.preferred(spellings)));
  }

  /** How a new person named {@code name} is spelled ({@link #learnSpellings}). */
  public String spelling(String name) {
    return spellings.getOrDefault(Names.key(name), name);
  }

  public Long person(String name) {
    return people.get(Names.key(name));
  }

  public void addPerson(String name, Long id) {
    people.put(Names.key(name), id);
  }

  /**
   * The country {@code text} names: one the archive has (by code or name), one it would create (its
   * code known), or unknown (null code).
   */
  public CountryMatch country(String text) {
    CountryMatch cached = understood.get(text);
    if (cached != null && (cached.exists() || !cached.known())) {
      return cached;
    }
    Long id = countriesByName.get(CountryNames.key(text));
    String code = id == null ? CountryNames.code(text).orElse(null) : countryCodes.get(id);
    if (id == null && code != null) {
      id = countriesByCode.get(code);
    }
    CountryMatch match =
        id != null
            ? new CountryMatch(
                id, countryCodes.get(id), countryNames.get(id), trashedCountries.get(id))
            : new CountryMatch(
                null, code, code == null ? null : CountryNames.englishName(code), false);
    if (match.known() && text.strip().equalsIgnoreCase(match.code())) {
      match = new CountryMatch(match.id(), match.code(), match.name(), match.trashed(), true);
    }
    understood.put(text, match);
    return match;
  }

  public void addCountry(Long id, String code, String name, boolean trashed) {
    countriesByCode.putIfAbsent(code, id);
    countriesByName.putIfAbsent(CountryNames.key(name), id);
    countryNames.put(id, name);
    countryCodes.put(id, code);
    trashedCountries.put(id, trashed);
  }

  public Long summit(String text) {
    return summits.get(Names.plain(text));
  }

  public Long source(String title) {
    return sources.get(Names.plain(title));
  }

  public void addSource(String title, Long id) {
    sources.put(Names.plain(title), id);
  }
}
