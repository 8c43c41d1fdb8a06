package org.summitry.platform.boundary;

import java.net.URI;
import java.util.Locale;
import org.summitry.kernel.Slugs;

/**
 * The absolute addresses of the public pages, beneath the archive's public base address. JSON-LD,
 * feeds, sitemaps and OAI-PMH records name entries by these, so one entry has one address
 * everywhere.
 */
public record PublicLinks(URI base) {

  public String home() {
    return base.toString();
  }

  public String summit(String slug) {
    return path("summits/" + Slugs.encode(slug));
  }

  public String gift(String slug) {
    return path("gifts/" + Slugs.encode(slug));
  }

  public String person(String slug) {
    return path("people/" + Slugs.encode(slug));
  }

  public String country(String code) {
    return path("countries/" + code.toLowerCase(Locale.ROOT));
  }

  public String story(String slug) {
    return path("stories/" + Slugs.encode(slug));
  }

  public String photo(Long id) {
    return path("photos/" + id);
  }

  public String source(Long id) {
    return path("sources/" + id);
  }

  /**
   * The entry's address in the API: {@code collection} is "summits", "gifts", "people", "countries"
   * or "photos", {@code key} its slug, code or number.
   */
  public String api(String collection, String key) {
    return path("api/v1/" + collection + "/" + Slugs.encode(key));
  }

  /** Any path of the site, such as "/files/…/w1600". */
  public String path(String path) {
    return PublicAddress.resolve(base, path);
  }
}
