package org.summitry.site.boundary.gifts;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;
import org.summitry.media.boundary.PhotoView;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.InvalidRequest;
import org.summitry.platform.boundary.PageMeta;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.search.boundary.GiftChoices;
import org.summitry.search.boundary.Search;
import org.summitry.site.boundary.Choice;
import org.summitry.site.boundary.EntryTexts;
import org.summitry.site.boundary.GiftCard;
import org.summitry.site.boundary.GiftCards;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.KeptCards;
import org.summitry.site.boundary.KeptReads;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Params;
import org.summitry.site.boundary.Tombstones;
import org.summitry.site.control.ArchiveLists;
import org.summitry.sources.boundary.ClaimSheet;
import org.summitry.sources.boundary.ClaimView;
import org.summitry.sources.boundary.Claims;
import org.summitry.sources.boundary.Sources;
import org.summitry.translations.boundary.Translation;

/** The filterable list of gifts and each gift's page. */
@Controller
@Path("gifts")
@ApplicationScoped
public class GiftPages {

  static final int PAGE_SIZE = 24;

  @Inject ArchiveLists lists;
  @Inject Models models;
  @Inject KeptCards keptCards;
  @Inject KeptReads keptReads;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Photos photos;
  @Inject Sources sources;
  @Inject Claims claims;
  @Inject GiftCards cards;
  @Inject Search search;
  @Inject Metadata metadata;
  @Inject Tombstones tombstones;
  @Inject EntryTexts texts;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(
      @QueryParam("page") String page,
      @QueryParam("category") String category,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("year") String year,
      @QueryParam("giver") String giver,
      @QueryParam("recipient") String recipient) {
    CategoryView chosenCategory =
        Params.blankToNull(category) == null
            ? null
            : gifts
                .category(category.trim())
                .orElseThrow(() -> new InvalidRequest("error.param.category", category.trim()));
    CountryView giverCountry = Params.country(people, from);
    CountryView recipientCountry = Params.country(people, to);
    Integer chosenYear = Params.year(year);
    PersonView giverPerson = person(giver);
    PersonView recipientPerson = person(recipient);
    GiftChoices choices =
        new GiftChoices(
            chosenCategory,
            giverCountry,
            recipientCountry,
            giverPerson,
            recipientPerson,
            chosenYear);
    int pageNumber = Params.page(page);
    Page<GiftView> result = choices.list(search, gifts, keptReads::gifts, pageNumber, PAGE_SIZE);
    models.put("gifts", result);
    models.put("cards", keptCards.markup(result.items(), cards::of));
    List<CountryView> countries = lists.countries();
    models.put(
        "categoryOptions",
        Choice.of(
            lists.categories(),
            CategoryView::slug,
            CategoryView::name,
            chosenCategory == null ? null : chosenCategory.slug()));
    models.put(
        "fromOptions",
        Choice.of(countries, GiftPages::code, CountryView::name, code(giverCountry)));
    models.put(
        "toOptions",
        Choice.of(countries, GiftPages::code, CountryView::name, code(recipientCountry)));
    models.put(
        "yearOptions",
        Choice.of(
            search.years("gift").orElseGet(gifts::years),
            String::valueOf,
            String::valueOf,
            chosenYear == null ? null : chosenYear.toString()));
    models.put("category", chosenCategory);
    models.put("from", giverCountry);
    models.put("to", recipientCountry);
    models.put("year", chosenYear);
    models.put("giver", giverPerson);
    models.put("recipient", recipientPerson);
    models.put(
        "pageBase",
        pageBase(
            chosenCategory,
            giverCountry,
            recipientCountry,
            chosenYear,
            giverPerson,
            recipientPerson));
    models.put(
        "filtered",
        chosenCategory != null
            || giverCountry != null
            || recipientCountry != null
            || chosenYear != null
            || giverPerson != null
            || recipientPerson != null);
    String base =
        pageBase(
            chosenCategory,
            giverCountry,
            recipientCountry,
            chosenYear,
            giverPerson,
            recipientPerson);
    String canonical = result.number() > 1 ? base + "page=" + result.number() : base;
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "gifts.title",
            "gifts.lead",
            canonical.substring(
                0,
                canonical.length() - (canonical.endsWith("?") || canonical.endsWith("&") ? 1 : 0)),
            result.items().stream()
                .map(g -> new JsonLd.Item(links.gift(g.slug()), g.title()))
                .toList()));
    return "gifts/index.html";
  }

  /** The list's address with its filters, ready for "page=N" to be appended. */
  private static String pageBase(
      CategoryView category,
      CountryView from,
      CountryView to,
      Integer year,
      PersonView giver,
      PersonView recipient) {
    StringBuilder base = new StringBuilder("/gifts?");
    if (category != null) {
      base.append("category=")
          .append(URLEncoder.encode(category.slug(), StandardCharsets.UTF_8))
          .append('&');
    }
    if (from != null) {
      base.append("from=").append(from.code().toLowerCase(Locale.ROOT)).append('&');
    }
    if (to != null) {
      base.append("to=").append(to.code().toLowerCase(Locale.ROOT)).append('&');
    }
    if (year != null) {
      base.append("year=").append(year).append('&');
    }
    if (giver != null) {
      base.append("giver=")
          .append(URLEncoder.encode(giver.slug(), StandardCharsets.UTF_8))
          .append('&');
    }
    if (recipient != null) {
      base.append("recipient=")
          .append(URLEncoder.encode(recipient.slug(), StandardCharsets.UTF_8))
          .append('&');
    }
    return base.toString();
  }

  private PersonView person(String slug) {
    String value = Params.blankToNull(slug);
    if (value == null) {
      return null;
    }
    return people.person(value).orElseThrow(() -> new InvalidRequest("error.param.person", value));
  }

  @GET
  @Path("{slug}")
  @Produces("text/html;charset=UTF-8")
  public Response show(@PathParam("slug") String slug) {
    Shown shown =
        keptReads
            .get("gift", slug, Shown.class, () -> gifts.gift(slug).map(this::read))
            .orElse(null);
    if (shown == null) {
      return gifts
          .redirect(slug)
          .map(
              current ->
                  Response.status(Response.Status.MOVED_PERMANENTLY)
                      .location(URI.create("gifts/" + Slugs.encode(current)))
                      .build())
          .orElseGet(() -> tombstones.gone(EntryType.GIFT, gifts.idOfAny(slug)));
    }
    EntryTexts.mark(models, shown.translation());
    models.put("card", shown.card());
    models.put("photos", shown.gallery());
    models.put("meta", shown.meta());
    models.put("claims", shown.claims());
    models.put("sources", shown.claims().sources());
    return Response.ok("gifts/show.html").build();
  }

  /**
   * What a gift's page reads: its card (parties, summit, photo, in the page's language), its
   * translation, gallery, sources and the claims resting on them, and its metadata; kept per gift,
   * language and archive state ({@link KeptReads}).
   */
  record Shown(
      GiftCard card,
      Translation translation,
      List<PhotoView> gallery,
      ClaimSheet claims,
      PageMeta meta) {}

  /** What the page of {@code gift} shows, read from the database. */
  private Shown read(GiftView gift) {
    GiftCard card = cards.of(gift);
    List<PhotoView> gallery = List.copyOf(photos.gallery(EntryType.GIFT, gift.id()));
    List<ClaimView> made = claims.published(EntryType.GIFT, gift.id());
    return new Shown(
        card,
        texts.of(EntryType.GIFT, gift.id()),
        gallery,
        ClaimSheet.of(sources.citedBy(EntryType.GIFT, gift.id()), made),
        metadata.gift(card, gallery, made));
  }

  /** A country's code as the filters write it. */
  private static String code(CountryView country) {
    return country == null ? null : country.code().toLowerCase(java.util.Locale.ROOT);
  }
}
