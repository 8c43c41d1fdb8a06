package org.summitry.curation.boundary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.summitry.gifts.boundary.Gifts.GiftEdit;
import org.summitry.media.boundary.Photos.FileRegion;
import org.summitry.media.boundary.Photos.FileTags;
import org.summitry.media.boundary.RegionView;
import org.summitry.people.boundary.PersonView;

/**
 * A photo's tags as the back office shows them, with the names of the people and gifts they point
 * at; and the people its file names (IPTC PersonInImage and Image Regions) matched to the archive's
 * persons by name or alias, whatever the case, spacing or accents.
 */
public final class RegionTags {

  /** A tag with the name of what it shows and the back office page of that. */
  public record Row(RegionView region, String name, String href) {}

  /**
   * A name from the file not yet tagged: the person it matches (null when none does) and, when the
   * file marks where, the rectangle, as the query that fills in the tagging form.
   */
  public record Suggestion(String name, PersonView person, FileRegion region) {

    /** The query string that fills in the form with this suggestion; null when nothing to fill. */
    public String query() {
      if (region == null) {
        return person == null ? null : "subject=person:" + person.id();
      }
      return "x="
          + region.x()
          + "&y="
          + region.y()
          + "&w="
          + region.w()
          + "&h="
          + region.h()
          + (person == null ? "" : "&subject=person:" + person.id());
    }
  }

  private final Map<Long, PersonView> people = new HashMap<>();
  private final Map<String, PersonView> byName = new HashMap<>();
  private final Map<Long, String> giftTitles = new HashMap<>();

  RegionTags(List<PersonView> people, List<GiftEdit> gifts) {
    for (PersonView person : people) {
      this.people.put(person.id(), person);
      byName.putIfAbsent(key(person.name()), person);
      if (person.nativeName() != null) {
        byName.putIfAbsent(key(person.nativeName()), person);
      }
      person.aliases().forEach(alias -> byName.putIfAbsent(key(alias), person));
    }
    gifts.forEach(g -> giftTitles.put(g.gift().id(), g.gift().title()));
  }

  /** Whether the person or the gift is one the back office may tag (not in the trash). */
  boolean knows(Long personId, Long giftId) {
    return personId != null ? people.containsKey(personId) : giftTitles.containsKey(giftId);
  }

  /** The person called {@code name} (or known by it), if the archive has one. */
  Optional<PersonView> person(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(key(name)));
  }

  List<Row> rows(List<RegionView> regions) {
    List<Row> rows = new ArrayList<>();
    for (RegionView region : regions) {
      if (region.showsPerson()) {
        PersonView person = people.get(region.personId());
        rows.add(
            new Row(
                region,
                person == null ? "#" + region.personId() : person.name(),
                "/admin/people/" + region.personId()));
      } else {
        rows.add(
            new Row(
                region,
                giftTitles.getOrDefault(region.giftId(), "#" + region.giftId()),
                "/admin/gifts/" + region.giftId()));
      }
    }
    return rows;
  }

  /** The names the file gives that no tag of the photo answers yet, each once. */
  List<Suggestion> suggestions(FileTags file, List<RegionView> regions) {
    Set<Long> tagged = new HashSet<>();
    regions.stream().filter(RegionView::showsPerson).forEach(r -> tagged.add(r.personId()));
    List<Suggestion> suggestions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FileRegion region : file.regions()) {
      PersonView person = person(region.name()).orElse(null);
      if ((person == null || !tagged.contains(person.id())) && seen.add(key(region.name()))) {
        suggestions.add(new Suggestion(region.name(), person, region));
      }
    }
    for (String name : file.names()) {
      PersonView person = person(name).orElse(null);
      if ((person == null || !tagged.contains(person.id())) && seen.add(key(name))) {
        suggestions.add(new Suggestion(name, person, null));
      }
    }
    return suggestions;
  }

  /** A name as compared: accents and case folded, runs of spaces, dashes and dots as one space. */
  static String key(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\s\\-‐-―.·]+", " ").strip();
  }
}
