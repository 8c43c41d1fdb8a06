package org.summitry.platform.boundary;

/**
 * What a public page says about itself to search engines and link previews, rendered by the layout
 * as a canonical link, Open Graph and Twitter card tags and a JSON-LD script. Controllers put it in
 * the model as {@code meta}; pages without it (errors, the back office) get none of these tags.
 *
 * @param title the page's subject, without the site's name ("Aurus limousine")
 * @param description a sentence or two, or null for the site's tagline
 * @param type the Open Graph type: "website", "article" or "profile"
 * @param url the canonical absolute address
 * @param image an absolute image address, or null when the page has no photo
 * @param imageAlt the image's text alternative
 * @param jsonLd schema.org JSON-LD, already safe inside a script element
 * @param data the absolute address of the entry in the API, or null for pages that are not one
 *     entry's; an entry's page also answers {@code Accept: application/ld+json} with {@code jsonLd}
 *     and sends {@code application/json} on to {@code data} (see {@link Representation})
 */
public record PageMeta(
    String title,
    String description,
    String type,
    String url,
    String image,
    String imageAlt,
    String jsonLd,
    String data) {

  /** Longest description offered to previews; longer text is cut at a word. */
  static final int DESCRIPTION_LENGTH = 200;

  public PageMeta {
    description = shorten(description);
  }

  public static PageMeta of(String title, String description, String type, String url) {
    return new PageMeta(title, description, type, url, null, null, null, null);
  }

  public PageMeta withImage(String image, String imageAlt) {
    return new PageMeta(title, description, type, url, image, imageAlt, jsonLd, data);
  }

  public PageMeta withJsonLd(String jsonLd) {
    return new PageMeta(title, description, type, url, image, imageAlt, jsonLd, data);
  }

  /** The same page at another address: the page in another language is its own canonical. */
  public PageMeta withUrl(String url) {
    return new PageMeta(title, description, type, url, image, imageAlt, jsonLd, data);
  }

  public PageMeta withData(String data) {
    return new PageMeta(title, description, type, url, image, imageAlt, jsonLd, data);
  }

  /**
   * The HTTP {@code Link} header naming the canonical address and, for an entry's page, its JSON-LD
   * and JSON twins.
   */
  public String linkHeader() {
    StringBuilder link = new StringBuilder().append('<').append(url).append(">; rel=\"canonical\"");
    if (data != null) {
      link.append(", <")
          .append(url)
          .append(">; rel=\"alternate\"; type=\"")
          .append(Representation.LINKED_DATA.mediaType())
          .append("\", <")
          .append(data)
          .append(">; rel=\"alternate\"; type=\"")
          .append(Representation.DATA.mediaType())
          .append('"');
    }
    return link.toString();
  }

  /** A large preview when there is a photo to show, else the small one. */
  public String twitterCard() {
    return image == null ? "summary" : "summary_large_image";
  }

  static String shorten(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= DESCRIPTION_LENGTH) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
    if (cut < DESCRIPTION_LENGTH / 2) {
      cut = DESCRIPTION_LENGTH - 1;
    }
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--;
    }
    return flat.substring(0, cut).stripTrailing() + "…";
  }
}
