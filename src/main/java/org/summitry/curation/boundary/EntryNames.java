package org.summitry.curation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitry.curation.boundary.Referents.Value;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.FieldKind;
import org.summitry.kernel.Named;
import org.summitry.people.boundary.People;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.Summits;

/**
 * Looks up the entries that snapshots point at, so comparisons show names and titles linked to
 * their pages rather than slugs and codes: one query per kind of entry, whatever the number of
 * rows.
 */
@Dependent
class EntryNames {

  @Inject People people;
  @Inject Summits summits;
  @Inject Sources sources;
  @Inject Gifts gifts;

  /** The entries these snapshots point at, their fields read as {@code kinds} says. */
  Referents of(Map<String, FieldKind> kinds, List<Map<String, String>> snapshots) {
    Map<FieldKind, Set<String>> keys = new EnumMap<>(FieldKind.class);
    for (Map<String, String> snapshot : snapshots) {
      snapshot.forEach(
          (field, stored) -> {
            FieldKind kind = kinds.getOrDefault(field, FieldKind.TEXT);
            String value = kind.canonical(stored);
            if (value == null) {
              return;
            }
            switch (kind) {
              case PERSON, COUNTRY, SUMMIT, CATEGORY -> want(keys, kind, value);
              case SOURCES, CITATIONS ->
                  FieldKind.linesOf(value).stream()
                      .map(Referents::sourceId)
                      .filter(id -> !id.isEmpty() && id.length() <= 18)
                      .forEach(id -> want(keys, FieldKind.SOURCES, id));
              case CLAIMS ->
                  FieldKind.linesOf(value).stream()
                      .map(Referents::claimSource)
                      .filter(id -> !id.isEmpty() && id.length() <= 18)
                      .forEach(id -> want(keys, FieldKind.SOURCES, id));
              case PARTICIPANTS ->
                  FieldKind.linesOf(value).stream()
                      .map(line -> line.indexOf('|') < 0 ? line : line.split("\\|", 2)[0].strip())
                      .forEach(slug -> want(keys, FieldKind.PERSON, slug));
              default -> {}
            }
          });
    }
    Map<FieldKind, Map<String, Value>> entries = new EnumMap<>(FieldKind.class);
    keys.forEach((kind, wanted) -> entries.put(kind, look(kind, wanted)));
    return new Referents(entries);
  }

  private static void want(Map<FieldKind, Set<String>> keys, FieldKind kind, String key) {
    keys.computeIfAbsent(kind, k -> new HashSet<>()).add(key);
  }

  private Map<String, Value> look(FieldKind kind, Set<String> keys) {
    Map<String, Value> found = new HashMap<>();
    switch (kind) {
      case PERSON -> people.namedPeople(keys).values().forEach(n -> put(found, n, "people"));
      case COUNTRY -> people.namedCountries(keys).values().forEach(n -> put(found, n, "countries"));
      case SUMMIT -> summits.namedSummits(keys).values().forEach(n -> put(found, n, "summits"));
      case SOURCES ->
          sources
              .namedSources(keys.stream().map(Long::valueOf).toList())
              .values()
              .forEach(n -> put(found, n, "sources"));
      case CATEGORY ->
          gifts.categories().stream()
              .filter(c -> keys.contains(c.slug()))
              .forEach(c -> put(found, new Named(c.id(), c.slug(), c.name()), "categories"));
      default -> {}
    }
    return found;
  }

  private static void put(Map<String, Value> found, Named entry, String path) {
    found.put(entry.key(), new Value(entry.name(), "/admin/" + path + "/" + entry.id(), null));
  }
}
