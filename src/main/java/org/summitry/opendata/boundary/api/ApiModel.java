package org.summitry.opendata.boundary.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON documents of the API, one record each, so that what JSON-B writes and what the OpenAPI
 * document describes come from the same declaration. Every field is always present; an unknown
 * value is {@code null}, an empty collection {@code []}.
 */
public final class ApiModel {

  private ApiModel() {}

  @Schema(
      name = "Date",
      description =
          "A date as the sources give it: EDTF text with the earliest and latest day it can mean"
              + " and the same in words.")
  @JsonbPropertyOrder({"edtf", "earliest", "latest", "words"})
  public record Date(
      @Schema(
              description = "Extended Date/Time Format (ISO 8601-2) text",
              example = "2024-06-19/2024-06-20")
          String edtf,
      @Schema(description = "The earliest day the date can mean", example = "2024-06-19")
          LocalDate earliest,
      @Schema(description = "The latest day the date can mean", example = "2024-06-20")
          LocalDate latest,
      @Schema(description = "The date in English words", example = "19–20 June 2024")
          String words) {}

  @Schema(name = "Ref", description = "A link to another entry of the archive.")
  @JsonbPropertyOrder({"type", "id", "slug", "name", "api", "page"})
  public record Ref(
      @Schema(
              enumeration = {"summit", "gift", "person", "country", "photo", "source"},
              example = "person")
          String type,
      @Schema(description = "Stable numeric id", example = "3") long id,
      @Schema(
              description =
                  "The entry's address segment: a slug, or for countries the lower-case ISO 3166"
                      + " code; null for photos and sources, which are addressed by id",
              example = "kim-jong-un")
          String slug,
      @Schema(description = "Title or name", example = "Kim Jong Un") String name,
      @Schema(
              description = "The entry in this API",
              example = "https://summitry.example/api/v1/people/kim-jong-un")
          String api,
      @Schema(
              description = "The entry's public page; null for sources",
              example = "https://summitry.example/people/kim-jong-un")
          String page) {}

  @Schema(name = "Links", description = "Where an entry lives.")
  @JsonbPropertyOrder({"self", "page"})
  public record Links(
      @Schema(description = "This document") String self,
      @Schema(description = "The public page for people; null for sources") String page) {}

  @Schema(
      name = "PageLinks",
      description =
          "Links to pages of the same list (also sent as an RFC 8288 Link header); prev and next"
              + " are null at the ends.")
  @JsonbPropertyOrder({"self", "first", "prev", "next", "last"})
  public record PageLinks(String self, String first, String prev, String next, String last) {}

  @Schema(name = "Category", description = "A gift category.")
  @JsonbPropertyOrder({"slug", "name"})
  public record Category(
      @Schema(example = "vehicle") String slug, @Schema(example = "Vehicle") String name) {}

  @Schema(name = "Source", description = "A publication that claims rest on.")
  @JsonbPropertyOrder({
    "id",
    "publisher",
    "title",
    "url",
    "date",
    "page",
    "quote",
    "note",
    "accessed",
    "links"
  })
  public record Source(
      @Schema(example = "12") long id,
      @Schema(example = "KCNA") String publisher,
      String title,
      @Schema(description = "The source on the web, if it has an address") String url,
      Date date,
      @Schema(
              description = "Where in the source the citing entry points (a page); null in lists",
              example = "p. 2")
          String page,
      @Schema(description = "The words of the source the citing entry quotes; null in lists")
          String quote,
      @Schema(description = "What the citing entry notes about this source; null in lists")
          String note,
      @Schema(
              description =
                  "The day the source was read online for the citing entry (ISO date); null in"
                      + " lists",
              example = "2024-06-20")
          String accessed,
      Links links) {}

  @Schema(
      name = "Claim",
      description =
          "One fact of an entry as one source gives it. Of a fact's claims, the preferred one is"
              + " what the entry's own field holds; others are differing accounts or support.")
  @JsonbPropertyOrder({"fact", "source", "certainty", "preferred", "stated", "note"})
  public record Claim(
      @Schema(example = "value") String fact,
      Source source,
      @Schema(description = "confirmed, reported, uncertain or disputed", example = "reported")
          String certainty,
      @Schema(description = "Whether this is the account the entry's field shows")
          boolean preferred,
      @Schema(
              description = "What the source says when it differs from the entry's field",
              example = "did not give one")
          String stated,
      @Schema(description = "Page, quote or other note on the claim") String note) {}

  @Schema(name = "Participant", description = "A person who attended a summit and their role.")
  @JsonbPropertyOrder({"person", "role"})
  public record Participant(Ref person, @Schema(example = "host") String role) {}

  @Schema(name = "Party", description = "A giver or recipient: a person, a country, or both.")
  @JsonbPropertyOrder({"person", "country"})
  public record Party(Ref person, Ref country) {}

  @Schema(name = "Value", description = "A gift's estimated value.")
  @JsonbPropertyOrder({"amount", "currency", "note"})
  public record Value(
      @Schema(example = "650") BigDecimal amount,
      @Schema(description = "ISO 4217 currency code", example = "USD") String currency,
      @Schema(description = "What the sources say about the value in words") String note) {}

  @Schema(name = "RelatedList", description = "A list of related entries in this API.")
  @JsonbPropertyOrder({"total", "api"})
  public record RelatedList(
      @Schema(description = "How many entries the list holds") long total,
      @Schema(description = "The list in this API, with its filter set") String api) {}

  @Schema(name = "SummitItem", description = "A summit in a list.")
  @JsonbPropertyOrder({"id", "slug", "title", "date", "city", "country", "links"})
  public record SummitItem(
      long id,
      @Schema(example = "putin-kim-summit-pyongyang-2024") String slug,
      String title,
      Date date,
      @Schema(example = "Pyongyang") String city,
      @Schema(description = "The host country") Ref country,
      Links links) {}

  @Schema(name = "Summit", description = "A meeting of leaders: when, where, who and what.")
  @JsonbPropertyOrder({
    "id",
    "slug",
    "title",
    "date",
    "city",
    "citySameAs",
    "venue",
    "country",
    "latitude",
    "longitude",
    "summary",
    "translations",
    "sameAs",
    "participants",
    "gifts",
    "photos",
    "sources",
    "claims",
    "links"
  })
  public record Summit(
      long id,
      @Schema(example = "putin-kim-summit-pyongyang-2024") String slug,
      String title,
      Date date,
      String city,
      @Schema(
              description = "The city in GeoNames, as URIs",
              example = "[\"https://sws.geonames.org/1871859/\"]")
          List<String> citySameAs,
      String venue,
      @Schema(description = "The host country") Ref country,
      @Schema(
              description = "Where it took place: decimal degrees north (WGS 84), null if unknown",
              example = "39.0392")
          BigDecimal latitude,
      @Schema(
              description = "Where it took place: decimal degrees east (WGS 84), null if unknown",
              example = "125.7625")
          BigDecimal longitude,
      String summary,
      @Schema(
              description =
                  "Its title and summary in Korean and Russian, where a curator wrote them")
          List<Translation> translations,
      @Schema(description = "The same summit in authority files, as URIs") List<String> sameAs,
      List<Participant> participants,
      @Schema(description = "Gifts exchanged at the summit") List<Ref> gifts,
      List<Ref> photos,
      List<Source> sources,
      @Schema(description = "Which source says what of each fact, and how certain")
          List<Claim> claims,
      Links links) {}

  @Schema(name = "GiftItem", description = "A gift in a list.")
  @JsonbPropertyOrder({
    "id",
    "slug",
    "title",
    "category",
    "giver",
    "recipient",
    "summit",
    "date",
    "links"
  })
  public record GiftItem(
      long id,
      @Schema(example = "aurus-limousine-2024") String slug,
      String title,
      Category category,
      Party giver,
      Party recipient,
      @Schema(description = "The summit it was given at") Ref summit,
      Date date,
      Links links) {}

  @Schema(name = "Gift", description = "A gift: what was given, by whom to whom, and where it is.")
  @JsonbPropertyOrder({
    "id",
    "slug",
    "title",
    "description",
    "translations",
    "category",
    "quantity",
    "giver",
    "recipient",
    "summit",
    "occasion",
    "date",
    "value",
    "whereabouts",
    "photos",
    "sources",
    "claims",
    "links"
  })
  public record Gift(
      long id,
      @Schema(example = "aurus-limousine-2024") String slug,
      String title,
      String description,
      @Schema(
              description =
                  "Its title and description in Korean and Russian, where a curator wrote them")
          List<Translation> translations,
      Category category,
      @Schema(example = "1") int quantity,
      Party giver,
      Party recipient,
      @Schema(description = "The summit it was given at") Ref summit,
      @Schema(description = "The occasion in words when it was not a summit") String occasion,
      Date date,
      Value value,
      @Schema(description = "Where the object is now or what became of it") String whereabouts,
      List<Ref> photos,
      List<Source> sources,
      @Schema(description = "Which source says what of each fact, and how certain")
          List<Claim> claims,
      Links links) {}

  @Schema(
      name = "Translation",
      description =
          "An entry's title and text in another language of the interface; either may be null.")
  @JsonbPropertyOrder({"language", "title", "text"})
  public record Translation(@Schema(example = "ko") String language, String title, String text) {}

  @Schema(name = "PersonItem", description = "A person in a list.")
  @JsonbPropertyOrder({"id", "slug", "name", "nativeName", "title", "country", "links"})
  public record PersonItem(
      long id,
      @Schema(example = "kim-jong-un") String slug,
      String name,
      @Schema(example = "김정은") String nativeName,
      String title,
      Ref country,
      Links links) {}

  @Schema(name = "Person", description = "A person who gives, receives or attends.")
  @JsonbPropertyOrder({
    "id",
    "slug",
    "name",
    "nativeName",
    "aliases",
    "title",
    "country",
    "biography",
    "sameAs",
    "summits",
    "giftsGiven",
    "giftsReceived",
    "links"
  })
  public record Person(
      long id,
      @Schema(example = "kim-jong-un") String slug,
      @Schema(example = "Kim Jong Un") String name,
      @Schema(example = "김정은") String nativeName,
      List<String> aliases,
      String title,
      Ref country,
      String biography,
      @Schema(
              description = "The same person in authority files, as URIs",
              example = "[\"http://www.wikidata.org/entity/Q56226\"]")
          List<String> sameAs,
      @Schema(description = "Summits attended") List<Ref> summits,
      RelatedList giftsGiven,
      RelatedList giftsReceived,
      Links links) {}

  @Schema(name = "CountryItem", description = "A country in a list.")
  @JsonbPropertyOrder({"id", "code", "name", "links"})
  public record CountryItem(
      long id,
      @Schema(description = "ISO 3166-1 alpha-2 code", example = "KP") String code,
      @Schema(example = "North Korea") String name,
      Links links) {}

  @Schema(name = "Country", description = "A state that gives, receives and hosts.")
  @JsonbPropertyOrder({
    "id",
    "code",
    "name",
    "sameAs",
    "people",
    "summitsHosted",
    "giftsGiven",
    "giftsReceived",
    "links"
  })
  public record Country(
      long id,
      @Schema(description = "ISO 3166-1 alpha-2 code", example = "KP") String code,
      @Schema(example = "North Korea") String name,
      @Schema(
              description = "The same country in authority files, as URIs",
              example = "[\"http://www.wikidata.org/entity/Q423\"]")
          List<String> sameAs,
      @Schema(description = "The country's people: how many, and their list") RelatedList people,
      @Schema(description = "The summits the country hosted: how many, and their list")
          RelatedList summitsHosted,
      RelatedList giftsGiven,
      RelatedList giftsReceived,
      Links links) {}

  @Schema(name = "Location", description = "Where a photo was taken.")
  @JsonbPropertyOrder({"sublocation", "city", "country"})
  public record Location(
      @Schema(example = "Kumsusan Guesthouse") String sublocation,
      @Schema(example = "Pyongyang") String city,
      @Schema(example = "North Korea") String country) {}

  @Schema(name = "PhotoFiles", description = "The photo's files at permanent addresses.")
  @JsonbPropertyOrder({"original", "String", "sizes"})
  public record PhotoFiles(
      @Schema(description = "The original file, byte for byte") String original,
      @Schema(
              description =
                  "Upright JPEG derivatives by name: w400, w800, w1600 (never wider than the"
                      + " original) and sq200, a centred square",
              type = SchemaType.OBJECT,
              additionalProperties = String.class)
          Map<String, String> sizes) {}

  @Schema(name = "Photo", description = "A press photograph with its caption and credit.")
  @JsonbPropertyOrder({
    "id",
    "title",
    "headline",
    "caption",
    "altText",
    "creditLine",
    "creator",
    "agency",
    "taken",
    "location",
    "copyrightNotice",
    "licenceUrl",
    "mediaType",
    "width",
    "height",
    "files",
    "galleries",
    "claims",
    "links"
  })
  public record Photo(
      long id,
      String title,
      String headline,
      String caption,
      @Schema(description = "Text for those who cannot see the image") String altText,
      String creditLine,
      String creator,
      String agency,
      Date taken,
      Location location,
      String copyrightNotice,
      String licenceUrl,
      @Schema(example = "image/jpeg") String mediaType,
      int width,
      int height,
      PhotoFiles files,
      @Schema(description = "The summits and gifts whose galleries show it") List<Ref> galleries,
      @Schema(description = "Which source says what of each fact, and how certain")
          List<Claim> claims,
      Links links) {}

  @Schema(name = "SummitList", description = "A page of summits.")
  @JsonbPropertyOrder({"items", "page", "size", "total", "links"})
  public record SummitList(
      List<SummitItem> items,
      @Schema(description = "This page's number, from 1") int page,
      @Schema(description = "Items per page") int size,
      @Schema(description = "Items in the whole list") long total,
      PageLinks links) {}

  @Schema(name = "GiftList", description = "A page of gifts.")
  @JsonbPropertyOrder({"items", "page", "size", "total", "links"})
  public record GiftList(List<GiftItem> items, int page, int size, long total, PageLinks links) {}

  @Schema(name = "PersonList", description = "A page of people.")
  @JsonbPropertyOrder({"items", "page", "size", "total", "links"})
  public record PersonList(
      List<PersonItem> items, int page, int size, long total, PageLinks links) {}

  @Schema(name = "CountryList", description = "A page of countries.")
  @JsonbPropertyOrder({"items", "page", "size", "total", "links"})
  public record CountryList(
      List<CountryItem> items, int page, int size, long total, PageLinks links) {}

  @Schema(name = "PhotoList", description = "A page of photos.")
  @JsonbPropertyOrder({"items", "page", "size", "total", "links"})
  public record PhotoList(List<Photo> items, int page, int size, long total, PageLinks links) {}

  @Schema(name = "SourceList", description = "A page of sources.")
  @JsonbPropertyOrder({"items", "page", "size", "total", "links"})
  public record SourceList(List<Source> items, int page, int size, long total, PageLinks links) {}

  @Schema(name = "SearchHit", description = "One search result.")
  @JsonbPropertyOrder({"type", "id", "title", "titleMarks", "snippetMarks", "when", "api", "page"})
  public record SearchHit(
      @Schema(enumeration = {"summit", "gift", "person", "country", "photo", "source", "story"})
          String type,
      long id,
      @Schema(description = "The title as plain text") String title,
      @Schema(description = "The title in pieces, the words the search matched marked")
          List<Mark> titleMarks,
      @Schema(
              description =
                  "An excerpt in pieces, the words the search matched marked; empty when the"
                      + " entry has no text to quote")
          List<Mark> snippetMarks,
      @Schema(description = "When, in words") String when,
      @Schema(description = "The entry in this API") String api,
      @Schema(description = "The public page, or a source's own web address") String page) {}

  @Schema(
      name = "Mark",
      description =
          "A piece of a search result's title or excerpt. The pieces run together give the text;"
              + " a client shows the marked ones highlighted, escaping the text as it does any"
              + " other.")
  @JsonbPropertyOrder({"text", "marked"})
  public record Mark(
      @Schema(description = "Plain text, as stored", example = "limousine") String text,
      @Schema(description = "Whether this piece is a word the search matched") boolean marked) {}

  @Schema(name = "FacetCount", description = "A facet value and how many results have it.")
  @JsonbPropertyOrder({"value", "label", "count"})
  public record FacetCount(
      @Schema(description = "The value to pass as the facet's parameter", example = "KP")
          String value,
      @Schema(example = "North Korea") String label,
      long count) {}

  @Schema(name = "SearchResults", description = "A page of search results with facet counts.")
  @JsonbPropertyOrder({
    "q",
    "items",
    "page",
    "size",
    "total",
    "String",
    "facets",
    "suggestion",
    "broadened",
    "links"
  })
  public record SearchResults(
      @Schema(description = "The words searched for") String q,
      List<SearchHit> items,
      int page,
      int size,
      long total,
      @Schema(
              description =
                  "Counts per facet (type, category, from, to, decade, year), each counted as if"
                      + " its own choice were not made",
              type = SchemaType.OBJECT)
          Map<String, List<FacetCount>> facets,
      @Schema(
              description =
                  "The facet counts were estimated from a random sample of the results (more than"
                      + " 50,000), to two significant digits; total is always exact")
          boolean estimated,
      @Schema(description = "A respelling of q that finds more, or null") String suggestion,
      @Schema(description = "No entry had every word, so these results have some of them")
          boolean broadened,
      PageLinks links) {}

  @Schema(name = "ApiIndex", description = "The API's entry points.")
  @JsonbPropertyOrder({"version", "String", "collections", "openapi"})
  public record Index(
      @Schema(example = "v1") String version,
      Map<String, String> collections,
      @Schema(description = "The OpenAPI document") String openapi) {}

  @Schema(
      name = "Problem",
      description = "RFC 9457 problem details, sent as application/problem+json.")
  @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "parameter"})
  public record Problem(
      @Schema(example = "about:blank") String type,
      @Schema(example = "Bad Request") String title,
      @Schema(example = "400") int status,
      @Schema(example = "size must be a whole number from 1 to 100, not 500.") String detail,
      @Schema(example = "/api/v1/gifts?size=500") String instance,
      @Schema(description = "The query parameter that was not understood", example = "size")
          String parameter) {}
}
