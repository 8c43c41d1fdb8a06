package org.summitry.site.boundary.photos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.GalleryPlace;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.media.boundary.RegionView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Tombstones;
import org.summitry.sources.boundary.ClaimSheet;
import org.summitry.sources.boundary.ClaimView;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.summits.boundary.Summits;

/** A photo shown large with its caption, credit, creator, date, location and copyright. */
@Controller
@Path("photos/{id}")
@ApplicationScoped
public class PhotoPage {

  @Inject Models models;
  @Inject Photos photos;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject Sources sources;
  @Inject Claims claims;
  @Inject Metadata metadata;
  @Inject Tombstones tombstones;

  @Inject People people;

  /**
   * Who or what a region of the photo shows, for "In this photo: …": the name, its page, and the
   * message key of where it stands (left, centre, right).
   */
  public record Tag(RegionView region, String name, String href, String positionKey) {}

  /** A gallery the photo belongs to, as a link back. */
  public record Backlink(String href, String title) {}

  @GET
  @Produces("text/html;charset=UTF-8")
  public Response show(@PathParam("id") String id) {
    if (!id.matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    PhotoView photo = photos.photo(Long.valueOf(id)).orElse(null);
    if (photo == null) {
      // The journal keeps a purged photo's rows too, so its address stays a tombstone.
      return tombstones.gone(EntryType.PHOTO, Optional.of(Long.valueOf(id)));
    }
    List<Backlink> backlinks = new ArrayList<>();
    for (GalleryPlace place : photos.galleriesOf(photo.id())) {
      if (place.entryType() == EntryType.SUMMIT) {
        summits
            .summitsByIds(List.of(place.entryId()))
            .values()
            .forEach(s -> backlinks.add(new Backlink("/summits/" + s.slug(), s.title())));
      } else if (place.entryType() == EntryType.GIFT) {
        gifts
            .giftsByIds(List.of(place.entryId()))
            .values()
            .forEach(g -> backlinks.add(new Backlink("/gifts/" + g.slug(), g.title())));
      }
    }
    models.put("photo", photo);
    models.put("tags", tags(photos.regions(photo.id())));
    List<ClaimView> made = claims.published(EntryType.PHOTO, photo.id());
    models.put("meta", metadata.photo(photo, made));
    models.put("backlinks", backlinks);
    ClaimSheet sheet = ClaimSheet.of(sources.citedBy(EntryType.PHOTO, photo.id()), made);
    models.put("claims", sheet);
    models.put("sources", sheet.sources());
    return Response.ok("photos/show.html").build();
  }

  /** The photo's tags of published persons and gifts, left to right. */
  private List<Tag> tags(List<RegionView> regions) {
    if (regions.isEmpty()) {
      return List.of();
    }
    Map<Long, PersonView> shown =
        people.peopleByIds(
            regions.stream().map(RegionView::personId).filter(Objects::nonNull).toList());
    Map<Long, GiftView> shownGifts =
        gifts.giftsByIds(
            regions.stream().map(RegionView::giftId).filter(Objects::nonNull).toList());
    List<Tag> tags = new ArrayList<>();
    for (RegionView region : regions) {
      String where = region.position().messageKey();
      if (region.showsPerson()) {
        PersonView person = shown.get(region.personId());
        if (person != null) {
          tags.add(new Tag(region, person.name(), "/people/" + person.slug(), where));
        }
      } else {
        GiftView gift = shownGifts.get(region.giftId());
        if (gift != null) {
          tags.add(new Tag(region, gift.title(), "/gifts/" + gift.slug(), where));
        }
      }
    }
    return tags;
  }
}
