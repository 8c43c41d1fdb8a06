package org.summitry.site.boundary.people;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.summitry.gifts.boundary.GiftFilter;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.kernel.Page;
import org.summitry.kernel.Slugs;
import org.summitry.media.boundary.Photos;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.search.boundary.Search;
import org.summitry.site.boundary.EntryFeedLink;
import org.summitry.site.boundary.EntryTexts;
import org.summitry.site.boundary.GiftCard;
import org.summitry.site.boundary.GiftCards;
import org.summitry.site.boundary.JsonLd;
import org.summitry.site.boundary.KeptCards;
import org.summitry.site.boundary.Lists;
import org.summitry.site.boundary.Metadata;
import org.summitry.site.boundary.Params;
import org.summitry.site.boundary.Tombstones;
import org.summitry.summits.boundary.Summits;

/** The list of people and each person's page: gifts given and received, summits attended. */
@Controller
@Path("people")
@ApplicationScoped
public class PeoplePages {

  static final int PAGE_SIZE = 30;
  static final int GIFTS_SHOWN = 12;

  @Inject Models models;
  @Inject KeptCards keptCards;
  @Inject People people;
  @Inject Gifts gifts;
  @Inject Summits summits;
  @Inject Search search;
  @Inject GiftCards cards;
  @Inject Metadata metadata;
  @Inject Tombstones tombstones;
  @Inject Photos photos;
  @Inject EntryTexts texts;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String list(@QueryParam("page") String page, @QueryParam("country") String country) {
    int number = Params.page(page);
    CountryView of = Params.country(people, country);
    Page<PersonView> result = Lists.people(search, people, of, number, PAGE_SIZE);
    String ofCode = of == null ? null : of.code().toLowerCase(Locale.ROOT);
    models.put("people", result);
    models.put("of", of);
    models.put("ofCode", ofCode);
    PublicLinks links = metadata.links();
    models.put(
        "meta",
        metadata.list(
            "people.title",
            "people.lead",
            Lists.path("/people", ofCode == null ? "" : "country=" + ofCode, result.number()),
            result.items().stream()
                .map(p -> new JsonLd.Item(links.person(p.slug()), p.name()))
                .toList()));
    return "people/index.html";
  }

  @GET
  @Path("{slug}")
  @Produces("text/html;charset=UTF-8")
  public Response show(@PathParam("slug") String slug) {
    PersonView person = people.person(slug).orElse(null);
    if (person == null) {
      return people
          .personRedirect(slug)
          .map(
              current ->
                  Response.status(Response.Status.MOVED_PERMANENTLY)
                      .location(URI.create("people/" + Slugs.encode(current)))
                      .build())
          .orElseGet(() -> tombstones.gone(EntryType.PERSON, people.personIdOfAny(slug)));
    }
    Page<GiftView> given = gifts.gifts(GiftFilter.givenByPerson(person.id()), 1, GIFTS_SHOWN);
    Page<GiftView> received = gifts.gifts(GiftFilter.receivedByPerson(person.id()), 1, GIFTS_SHOWN);
    models.put("person", person);
    models.put("meta", metadata.person(person));
    models.put("given", given);
    // One set of look-ups for both lists, the person already known.
    List<GiftCard> both =
        cards.of(
            Stream.concat(given.items().stream(), received.items().stream()).toList(),
            Map.of(person.id(), person),
            Map.of());
    models.put("keptCards", keptCards);
    models.put("givenCards", both.subList(0, given.items().size()));
    models.put("received", received);
    models.put("receivedCards", both.subList(given.items().size(), both.size()));
    models.put("summits", texts.summits(summits.attendedBy(person.id()), models));
    EntryFeedLink.put(models, "people/" + Slugs.encode(person.slug()), person.name());
    models.put("photos", photos.photosOfPerson(person.id()));
    return Response.ok("people/show.html").build();
  }
}
