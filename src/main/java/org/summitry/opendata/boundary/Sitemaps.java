package org.summitry.opendata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.Config;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.journal.boundary.Journal;
import org.summitry.kernel.EntryType;
import org.summitry.media.boundary.Photos;
import org.summitry.opendata.control.SitemapSlices;
import org.summitry.opendata.control.Xml;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.Language;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.sources.boundary.Sources;
import org.summitry.stories.boundary.Stories;
import org.summitry.summits.boundary.Summits;

/**
 * {@code /sitemap.xml}: every public page for search engines (sitemaps.org protocol 0.9), dated by
 * the journal's latest change of each entry. Past {@code SUMMITRY_SITEMAP_URLS_PER_FILE} addresses
 * (50,000 at most, the protocol's limit) it becomes a sitemap index of {@code /sitemap-1.xml},
 * {@code /sitemap-2.xml}, ... each listing a slice of the pages in a stable order.
 */
@Path("{file: sitemap(-[0-9]{1,9})?\\.xml}")
@ApplicationScoped
public class Sitemaps {

  static final String MEDIA_TYPE = "application/xml;charset=UTF-8";
  static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** The list pages, listed before the entries. */
  private static final List<String> LISTS =
      List.of(
          "",
          "summits",
          "gifts",
          "people",
          "countries",
          "stories",
          "photos",
          "sources",
          "map",
          "statistics",
          "timeline",
          "flows");

  @Inject Config config;
  @Inject PublicAddress address;
  @Inject Journal journal;
  @Inject Summits summits;
  @Inject Gifts gifts;
  @Inject People people;
  @Inject Photos photos;
  @Inject Sources sources;
  @Inject Stories stories;

  /** One address of a sitemap and when its page last changed (null when unknown). */
  record Url(String loc, OffsetDateTime lastmod) {}

  @GET
  @Produces(MEDIA_TYPE)
  public Response sitemap(@PathParam("file") String file) {
    PublicLinks links = new PublicLinks(address.base());
    int perFile = perFile();
    List<CountryView> countries = people.countries();
    List<Long> counts =
        List.of(
            (long) LISTS.size(),
            (long) countries.size(),
            people.countPeople(),
            summits.count(),
            gifts.count(),
            stories.count(),
            photos.countPublic(),
            sources.countPublic());
    long total = counts.stream().mapToLong(Long::longValue).sum();
    int files = SitemapSlices.files(total, perFile);
    String xml;
    if (file.equals("sitemap.xml")) {
      xml =
          files == 1
              ? urlset(urls(links, counts, countries, perFile, 1), address.base().toString())
              : index(links, files);
    } else {
      int number = Integer.parseInt(file.substring("sitemap-".length(), file.length() - 4));
      if (number < 1 || number > files) {
        throw new NotFoundException();
      }
      xml = urlset(urls(links, counts, countries, perFile, number), address.base().toString());
    }
    return Response.ok(xml, MEDIA_TYPE).header("Cache-Control", "public, max-age=3600").build();
  }

  private int perFile() {
    int configured =
        config
            .getOptionalValue("summitry.sitemap.urls-per-file", Integer.class)
            .orElse(SitemapSlices.PROTOCOL_LIMIT);
    return Math.max(1, Math.min(configured, SitemapSlices.PROTOCOL_LIMIT));
  }

  private List<Url> urls(
      PublicLinks links, List<Long> counts, List<CountryView> countries, int perFile, int number) {
    List<Url> urls = new ArrayList<>();
    for (SitemapSlices.Slice slice : SitemapSlices.file(counts, perFile, number)) {
      int first = (int) slice.first();
      int max = slice.count();
      switch (slice.kind()) {
        case 0 ->
            LISTS
                .subList(first, first + max)
                .forEach(path -> urls.add(new Url(links.path(path), null)));
        case 1 -> {
          List<CountryView> part = countries.subList(first, first + max);
          Map<Long, OffsetDateTime> changed =
              journal.latestChanges(
                  EntryType.COUNTRY.name(), part.stream().map(CountryView::id).toList());
          part.forEach(c -> urls.add(new Url(links.country(c.code()), changed.get(c.id()))));
        }
        case 2 -> add(urls, EntryType.PERSON, people.publicPersonSlugs(first, max), links);
        case 3 -> add(urls, EntryType.SUMMIT, summits.publicSlugs(first, max), links);
        case 4 -> add(urls, EntryType.GIFT, gifts.publicSlugs(first, max), links);
        case 5 -> add(urls, EntryType.STORY, stories.publicSlugs(first, max), links);
        case 6 -> {
          Map<Long, String> ids = new LinkedHashMap<>();
          photos.publicIds(first, max).forEach(id -> ids.put(id, null));
          add(urls, EntryType.PHOTO, ids, links);
        }
        default -> {
          Map<Long, String> ids = new LinkedHashMap<>();
          sources.publicIds(first, max).forEach(id -> ids.put(id, null));
          add(urls, EntryType.SOURCE, ids, links);
        }
      }
    }
    return urls;
  }

  private void add(List<Url> urls, EntryType type, Map<Long, String> slugs, PublicLinks links) {
    Map<Long, OffsetDateTime> changed = journal.latestChanges(type.name(), slugs.keySet());
    slugs.forEach(
        (id, slug) -> {
          String loc =
              switch (type) {
                case PERSON -> links.person(slug);
                case SUMMIT -> links.summit(slug);
                case GIFT -> links.gift(slug);
                case SOURCE -> links.source(id);
                case STORY -> links.story(slug);
                default -> links.photo(id);
              };
          urls.add(new Url(loc, changed.get(id)));
        });
  }

  /**
   * The addresses, each with its page in every language of the interface as {@code xhtml:link}
   * alternates (and {@code x-default}, the English page), as search engines read them from
   * sitemaps: the Korean and Russian pages are the same address under {@code /ko/} and {@code /ru/}
   * beneath {@code base}.
   */
  static String urlset(List<Url> urls, String base) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = start(out, "urlset");
      xml.writeNamespace("xhtml", XHTML);
      for (Url url : urls) {
        xml.writeStartElement("url");
        Xml.element(xml, "loc", url.loc());
        if (url.lastmod() != null) {
          Xml.element(xml, "lastmod", AtomFeed.timestamp(url.lastmod()));
        }
        if (url.loc().startsWith(base)) {
          String path = url.loc().substring(base.length());
          for (Language language : Language.values()) {
            alternate(xml, language.code(), base, language, path);
            if (language == Language.ENGLISH) {
              alternate(xml, "x-default", base, language, path);
            }
          }
        }
        xml.writeEndElement();
      }
      end(xml);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void alternate(
      XMLStreamWriter xml, String hreflang, String base, Language language, String path)
      throws XMLStreamException {
    xml.writeEmptyElement("xhtml", "link", XHTML);
    xml.writeAttribute("rel", "alternate");
    xml.writeAttribute("hreflang", hreflang);
    String prefix = language.prefix().isEmpty() ? "" : language.prefix().substring(1) + "/";
    xml.writeAttribute("href", base + prefix + path);
  }

  static String index(PublicLinks links, int files) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = start(out, "sitemapindex");
      for (int n = 1; n <= files; n++) {
        xml.writeStartElement("sitemap");
        Xml.element(xml, "loc", links.path("sitemap-" + n + ".xml"));
        xml.writeEndElement();
      }
      end(xml);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static XMLStreamWriter start(StringWriter out, String root) throws XMLStreamException {
    XMLStreamWriter xml = Xml.writer(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(NAMESPACE);
    xml.writeStartElement(NAMESPACE, root);
    xml.writeDefaultNamespace(NAMESPACE);
    return xml;
  }

  private static void end(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
  }
}
