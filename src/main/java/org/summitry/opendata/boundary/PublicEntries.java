package org.summitry.opendata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Messages;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.stories.boundary.Stories;
import org.summitry.summits.boundary.Summits;

/** The entries visitors may see, with their names and page addresses, asked for by type and id. */
@ApplicationScoped
public class PublicEntries {

  /** The kinds of entry that have public pages. */
  static final List<EntryType> WITH_PAGES =
      List.of(
          EntryType.SUMMIT,
          EntryType.GIFT,
          EntryType.PERSON,
          EntryType.COUNTRY,
          EntryType.PHOTO,
          EntryType.STORY);

  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Photos photos;
  @Inject Stories stories;

  /** A public entry: what it is, its name, its page. */
  public record Listed(EntryType type, Long id, String title, String url) {}

  /** The public entries among {@code ids}; drafts, trashed and unknown ids are absent. */
  public Map<Long, Listed> find(EntryType type, Collection<Long> ids, PublicLinks links) {
    Map<Long, Listed> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    switch (type) {
      case SUMMIT ->
          summits
              .summitsByIds(ids)
              .values()
              .forEach(
                  s ->
                      found.put(
                          s.id(), new Listed(type, s.id(), s.title(), links.summit(s.slug()))));
      case GIFT ->
          gifts
              .giftsByIds(ids)
              .values()
              .forEach(
                  g ->
                      found.put(g.id(), new Listed(type, g.id(), g.title(), links.gift(g.slug()))));
      case PERSON ->
          people
              .peopleByIds(ids)
              .values()
              .forEach(
                  p ->
                      found.put(
                          p.id(), new Listed(type, p.id(), p.name(), links.person(p.slug()))));
      case COUNTRY ->
          people
              .countriesByIds(ids)
              .values()
              .forEach(
                  c ->
                      found.put(
                          c.id(), new Listed(type, c.id(), c.name(), links.country(c.code()))));
      case PHOTO -> {
        for (Long id : ids) {
          photos
              .photo(id)
              .ifPresent(p -> found.put(id, new Listed(type, id, title(p), links.photo(id))));
        }
      }
      case STORY ->
          stories
              .storiesByIds(ids)
              .values()
              .forEach(
                  s ->
                      found.put(
                          s.id(), new Listed(type, s.id(), s.title(), links.story(s.slug()))));
      default -> {}
    }
    return found;
  }

  static String title(PhotoView photo) {
    if (photo.headline() != null && !photo.headline().isBlank()) {
      return photo.headline();
    }
    return Messages.get("photos.title");
  }
}
