package org.summitry.site.boundary.stories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitry.accounts.boundary.Access;
import org.summitry.accounts.boundary.Roles;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Change;
import org.summitry.journal.boundary.Journal;
import org.summitry.journal.boundary.Revision;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.site.boundary.GiftCard;
import org.summitry.site.boundary.GiftCards;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.KeptCards;
import org.summitry.site.boundary.Lists;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Params;
import org.summitry.site.boundary.Tombstones;
import org.summitry.stories.boundary.Stories;
import org.summitry.stories.boundary.StoryText;
import org.summitry.stories.boundary.StoryText.Embed;
import org.summitry.stories.boundary.StoryView;
import org.summitry.summits.boundary.SummitView;
import org.summitry.summits.boundary.Summits;

/**
 * The list of stories and each story's page: its Markdown as HTML, and each embed drawn by the
 * template of what it shows (a gift's card, a summit's row, a photo, a summit's gallery). An embed
 * names its entry by address, so an address changed since is followed through its redirect; an
 * entry that is gone or not public is left out for visitors, and signed-in contributors see a
 * notice in its place.
 */
@Controller
@Path("stories")
@ApplicationScoped
public class StoryPages {

  static final int PAGE_SIZE = 20;

  @Inject Models models;
  @Inject KeptCards keptCards;
  @Inject Stories stories;
  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject People people;
  @Inject Photos photos;
  @Inject GiftCards cards;
  @Inject Journal journal;
  @Inject Metadata metadata;
  @Inject Tombstones tombstones;
  @Inject Access access;

  /**
   * One stretch of a story as the page draws it: {@code html}, or an embed with what it shows, or,
   * when the embedded entry is not public, {@code missing} (the embed as written).
   */
  public record Shown(
      String html,
      String kind,
      GiftCard card,
      SummitView summit,
      CountryView country,
      List<PhotoView> photos,
      String missing) {

    static Shown html(String html) {
      return new Shown(html, null, null, null, null, List.of(), null);
    }

    static Shown missing(Embed embed) {
      return new Shown(null, embed.kind().word(), null, null, null, List.of(), embed.written());
    }
  }

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(@QueryParam("page") String page) {
    Page<StoryView> result = stories.published(Params.page(page), PAGE_SIZE);
    models.put("stories", result);
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "stories.title",
            "stories.lead",
            Lists.path("/stories", "", result.number()),
            result.items().stream()
                .map(s -> new JsonLd.Item(links.story(s.slug()), s.title()))
                .toList()));
    return "stories/index.html";
  }

  @GET
  @Path("{slug}")
  @Produces("text/html;charset=UTF-8")
  public Response show(@PathParam("slug") String slug) {
    StoryView story = stories.story(slug).orElse(null);
    if (story == null) {
      return stories
          .redirect(slug)
          .map(
              current ->
                  Response.status(Response.Status.MOVED_PERMANENTLY)
                      .location(URI.create("stories/" + Slugs.encode(current)))
                      .build())
          .orElseGet(() -> tombstones.gone(EntryType.STORY, stories.idOfAny(slug)));
    }
    List<Shown> shown = show(story.parts());
    List<PhotoView> pictures = new ArrayList<>();
    Map<String, String> about = new LinkedHashMap<>();
    PublicLinks links = metadata.links();
    for (Shown part : shown) {
      pictures.addAll(part.photos());
      if (part.card() != null) {
        GiftView gift = part.card().gift();
        about.put(links.gift(gift.slug()), gift.title());
        if (part.card().photo() != null) {
          pictures.add(part.card().photo());
        }
      } else if (part.summit() != null) {
        about.put(links.summit(part.summit().slug()), part.summit().title());
      }
    }
    models.put("story", story);
    models.put("keptCards", keptCards);
    models.put("shown", shown);
    models.put("curator", access.has(Roles.CONTRIBUTOR));
    models.put(
        "meta",
        metadata.story(
            story,
            firstPublished(story),
            pictures.stream().distinct().toList(),
            about.entrySet().stream()
                .map(e -> new JsonLd.Item(e.getKey(), e.getValue()))
                .toList()));
    return Response.ok("stories/show.html").build();
  }

  /** When the story was first published: its first publishing, or its creation if made public. */
  private OffsetDateTime firstPublished(StoryView story) {
    return journal.history(EntryType.STORY.name(), story.id()).stream()
        .filter(r -> r.change() == Change.PUBLISHED)
        .map(Revision::at)
        .min(OffsetDateTime::compareTo)
        .orElse(story.created());
  }

  /** The story's parts with what each embed shows, gifts' cards drawn for them all at once. */
  private List<Shown> show(List<StoryText.Part> parts) {
    Map<String, Optional<GiftView>> giftsBySlug = new HashMap<>();
    for (StoryText.Part part : parts) {
      Embed embed = part.embed();
      if (embed != null && embed.kind() == StoryText.EmbedKind.GIFT) {
        giftsBySlug.computeIfAbsent(embed.key(), this::gift);
      }
    }
    Map<Long, GiftCard> giftCards = new HashMap<>();
    cards
        .of(giftsBySlug.values().stream().flatMap(Optional::stream).distinct().toList())
        .forEach(card -> giftCards.put(card.gift().id(), card));
    List<Shown> shown = new ArrayList<>();
    for (StoryText.Part part : parts) {
      Embed embed = part.embed();
      if (embed == null) {
        shown.add(Shown.html(part.html()));
        continue;
      }
      String kind = embed.kind().word();
      Shown one =
          switch (embed.kind()) {
            case GIFT ->
                giftsBySlug
                    .get(embed.key())
                    .map(
                        g ->
                            new Shown(
                                null, kind, giftCards.get(g.id()), null, null, List.of(), null))
                    .orElse(null);
            case SUMMIT ->
                summit(embed.key())
                    .map(
                        s ->
                            new Shown(
                                null,
                                kind,
                                null,
                                s,
                                s.countryId() == null
                                    ? null
                                    : people
                                        .countriesByIds(List.of(s.countryId()))
                                        .get(s.countryId()),
                                List.of(),
                                null))
                    .orElse(null);
            case PHOTO ->
                photo(embed.key())
                    .map(p -> new Shown(null, kind, null, null, null, List.of(p), null))
                    .orElse(null);
            case GALLERY ->
                summit(embed.key())
                    .map(s -> photos.gallery(EntryType.SUMMIT, s.id()))
                    .filter(gallery -> !gallery.isEmpty())
                    .map(gallery -> new Shown(null, kind, null, null, null, gallery, null))
                    .orElse(null);
          };
      shown.add(one == null ? Shown.missing(embed) : one);
    }
    return shown;
  }

  /** The public gift at this address, or at the address it moved to. */
  private Optional<GiftView> gift(String slug) {
    return gifts.gift(slug).or(() -> gifts.redirect(slug).flatMap(gifts::gift));
  }

  private Optional<SummitView> summit(String slug) {
    return summits.summit(slug).or(() -> summits.redirect(slug).flatMap(summits::summit));
  }

  private Optional<PhotoView> photo(String key) {
    if (!key.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return photos.photo(Long.valueOf(key));
  }
}
