package org.summitry.site.boundary;

import java.util.Locale;
import org.summitry.gifts.boundary.CategoryView;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.kernel.Edtf;
import org.summitry.media.boundary.PhotoView;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.PersonView;
import org.summitry.platform.boundary.Messages;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

/**
 * Writes a gift card as escaped HTML for the lists of gifts, summit, person and country pages and
 * the home page. A page shows twenty or more cards, and as a template fragment each card would
 * evaluate some forty expressions through reflection, most of the work of rendering such a page;
 * written here, a card is a handful of string appends. Every text and attribute value is escaped;
 * path segments and query values are percent-encoded as the templates' link expressions do.
 */
final class GiftCardHtml {

  private static final Locale LOCALE = Messages.locale();

  private GiftCardHtml() {}

  static String write(GiftCard card, String contextPath) {
    StringBuilder html = new StringBuilder(1200);
    String base = contextPath == null ? "" : contextPath;
    GiftView gift = card.gift();
    CategoryView category = gift.category();
    String href = base + "/gifts/" + UriEscape.escapeUriPathSegment(gift.slug());

    html.append("<article class=\"card gift-card\">\n  <a class=\"card__media\" href=\"")
        .append(escape(href))
        .append("\" tabindex=\"-1\" aria-hidden=\"true\">\n    ");
    PhotoView photo = card.photo();
    if (photo != null) {
      html.append("<img src=\"")
          .append(escape(base + photo.sized(400)))
          .append("\" srcset=\"")
          .append(escape(photo.srcset(base)))
          .append("\" sizes=\"(min-width: 64em) 18rem, (min-width: 40em) 45vw, 92vw\" alt=\"\"")
          .append(" loading=\"lazy\" width=\"")
          .append(photo.width())
          .append("\" height=\"")
          .append(photo.height())
          .append("\">");
    } else {
      html.append("<span class=\"card__placeholder");
      if (category != null) {
        html.append(" category-").append(escape(category.slug()));
      }
      html.append("\">").append(escape(category != null ? category.name() : "")).append("</span>");
    }
    html.append("\n  </a>\n  <div class=\"card__body\">\n");
    if (category != null) {
      html.append("    <p class=\"card__kicker\">\n      <a href=\"")
          .append(
              escape(base + "/gifts?category=" + UriEscape.escapeUriQueryParam(category.slug())))
          .append("\">")
          .append(escape(category.name()))
          .append("</a>\n      ");
      if (gift.quantity() > 1) {
        html.append("<span>× ").append(gift.quantity()).append("</span>");
      }
      html.append("\n    </p>\n");
    }
    html.append("    <h3 class=\"card__title\"><a href=\"")
        .append(escape(href))
        .append("\">")
        .append(escape(gift.title()))
        .append("</a></h3>\n    <p class=\"card__parties\">\n      ");
    party(html, base, card.giverPerson(), card.giverCountry());
    html.append("\n      <span class=\"arrow\" aria-hidden=\"true\">→</span>")
        .append("<span class=\"visually-hidden\">to</span>\n      ");
    party(html, base, card.recipientPerson(), card.recipientCountry());
    html.append("\n    </p>\n");
    if (gift.date() != null) {
      html.append("    <p class=\"card__meta\">");
      date(html, gift.date());
      html.append("</p>\n");
    }
    html.append("  </div>\n</article>");
    return html.toString();
  }

  /** One side of a gift: a person and/or a country, each linked; "Unknown" when neither. */
  private static void party(
      StringBuilder html, String base, PersonView person, CountryView country) {
    if (person != null) {
      html.append("<a href=\"")
          .append(escape(base + "/people/" + UriEscape.escapeUriPathSegment(person.slug())))
          .append("\">")
          .append(escape(person.name()))
          .append("</a>");
    }
    if (person != null && country != null) {
      html.append(' ');
    }
    if (country != null) {
      html.append("<span class=\"party__country\">");
      if (person != null) {
        html.append('(');
      }
      String code = country.code().toLowerCase(Locale.ROOT);
      html.append("<a href=\"")
          .append(escape(base + "/countries/" + UriEscape.escapeUriPathSegment(code)))
          .append("\">")
          .append(escape(country.name()))
          .append("</a>");
      if (person != null) {
        html.append(')');
      }
      html.append("</span>");
    }
    if (person == null && country == null) {
      html.append("<span>").append(escape(Messages.get("gifts.unknown.party"))).append("</span>");
    }
  }

  /** A date in words, machine-readable when HTML can say it ({@code <time datetime>}). */
  private static void date(StringBuilder html, Edtf date) {
    String datetime = date.htmlDatetime();
    String words = date.inWords(LOCALE);
    if (datetime != null) {
      html.append("<time datetime=\"")
          .append(escape(datetime))
          .append("\">")
          .append(escape(words))
          .append("</time>");
    } else {
      html.append("<span title=\"")
          .append(escape(date.text()))
          .append("\">")
          .append(escape(words))
          .append("</span>");
    }
  }

  /** Escaped for text and for quoted attribute values alike; null as empty. */
  private static String escape(String value) {
    return value == null ? "" : HtmlEscape.escapeHtml4Xml(value);
  }
}
