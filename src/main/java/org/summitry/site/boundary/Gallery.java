package org.summitry.site.boundary;

import java.util.List;
import org.summitry.media.boundary.PhotoView;
import org.unbescape.html.HtmlEscape;

/**
 * The photographs of a summit or a gift as the items of a gallery list, each opening the lightbox
 * and linking the photo's page. Written in Java for the reason gift cards are ({@link
 * GiftCardHtml}): a summit shows some twenty photos, and as a template fragment each would evaluate
 * about twenty expressions through reflection. Every value is escaped.
 */
public record Gallery(List<PhotoView> photos) {

  public boolean isEmpty() {
    return photos.isEmpty();
  }

  /** The {@code <li>} items, for a {@code <ul class="gallery">}. */
  public String html(String contextPath) {
    String base = contextPath == null ? "" : contextPath;
    StringBuilder html = new StringBuilder(1000 * photos.size());
    for (PhotoView photo : photos) {
      String caption = photo.caption() != null ? photo.caption() : photo.headline();
      html.append("<li class=\"gallery__item\">\n  <figure>\n    <a href=\"")
          .append(escape(base + "/photos/" + photo.id()))
          .append("\" data-lightbox");
      attribute(html, "data-full", base + photo.sized(1600));
      attribute(html, "data-caption", caption);
      attribute(html, "data-credit", photo.creditLine());
      attribute(html, "data-alt", photo.altText());
      attribute(html, "data-width", String.valueOf(photo.width()));
      attribute(html, "data-height", String.valueOf(photo.height()));
      html.append(">\n      <img src=\"")
          .append(escape(base + photo.sized(400)))
          .append("\" srcset=\"")
          .append(escape(photo.srcset(base)))
          .append("\" sizes=\"(min-width: 64em) 18rem, (min-width: 40em) 45vw, 92vw\" alt=\"")
          .append(escape(photo.altText()))
          .append("\" width=\"")
          .append(photo.width())
          .append("\" height=\"")
          .append(photo.height())
          .append("\" loading=\"lazy\">\n    </a>\n    <figcaption>\n      ")
          .append("<span class=\"gallery__caption\">")
          .append(escape(photo.headline() != null ? photo.headline() : photo.caption()))
          .append("</span>");
      if (photo.creditLine() != null) {
        html.append("\n      <span class=\"credit\">")
            .append(escape(photo.creditLine()))
            .append("</span>");
      }
      html.append("\n    </figcaption>\n  </figure>\n</li>\n");
    }
    return html.toString();
  }

  /** An attribute, left out when it has no value. */
  private static void attribute(StringBuilder html, String name, String value) {
    if (value != null) {
      html.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }
  }

  private static String escape(String value) {
    return value == null ? "" : HtmlEscape.escapeHtml4Xml(value);
  }
}
