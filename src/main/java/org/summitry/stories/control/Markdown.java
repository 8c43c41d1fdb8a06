package org.summitry.stories.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Curators' Markdown (CommonMark) as an HTML fragment a page may place as it is. Nothing a curator
 * types becomes markup of its own: raw HTML is shown as text, a link whose address is not http(s),
 * mailto, a path or a fragment keeps its words and loses its address (so no {@code javascript:}),
 * and an image becomes its description, since a picture from elsewhere would be a request to
 * another site; photos are embedded from the archive instead. Headings move so that the text's
 * highest becomes a second-level one, as the story's title is the page's only first-level heading.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new SafeAddresses())
          .build();

  private Markdown() {}

  /** The Markdown as safe HTML, its highest heading of the second level. */
  public static String html(String markdown) {
    return html(markdown, topHeading(markdown));
  }

  /**
   * The level of the highest heading in the Markdown (1 for {@code #}), or 2 when it has none. A
   * text rendered in parts passes the whole text's to each part, so its headings keep their order.
   */
  public static int topHeading(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return 2;
    }
    int[] top = {7};
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading heading) {
                top[0] = Math.min(top[0], heading.getLevel());
              }
            });
    return top[0] == 7 ? 2 : top[0];
  }

  /**
   * The Markdown as safe HTML, its headings moved so that one of level {@code top} is a
   * second-level one; blank text gives an empty string.
   */
  public static String html(String markdown, int top) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    int shift = 2 - top;
    Node document = PARSER.parse(markdown);
    List<Node> unsafe = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            heading.setLevel(Math.max(2, Math.min(6, heading.getLevel() + shift)));
            visitChildren(heading);
          }

          @Override
          public void visit(Link link) {
            if (!safe(link.getDestination())) {
              unsafe.add(link);
            }
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            unsafe.add(image);
            visitChildren(image);
          }

          @Override
          public void visit(HtmlBlock html) {
            unsafe.add(html);
          }

          @Override
          public void visit(HtmlInline html) {
            unsafe.add(html);
          }
        });
    for (Node node : unsafe) {
      if (node instanceof HtmlBlock block) {
        node.insertBefore(new Text(block.getLiteral()));
      } else if (node instanceof HtmlInline inline) {
        node.insertBefore(new Text(inline.getLiteral()));
      } else {
        unwrap(node);
      }
      node.unlink();
    }
    return RENDERER.render(document);
  }

  /** Moves a node's children to where it stands, so its words stay without the node. */
  private static void unwrap(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
  }

  /**
   * Whether a link may keep its address: http, https and mailto, or an address on this site (a
   * path, a fragment, a query); any other scheme, such as {@code javascript:} or {@code data:}, may
   * not.
   */
  static boolean safe(String address) {
    if (address == null) {
      return false;
    }
    String trimmed = address.strip();
    StringBuilder plain = new StringBuilder();
    for (char c : trimmed.toCharArray()) {
      if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
        plain.append(c);
      }
    }
    String lower = plain.toString().toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    int boundary = firstOf(lower, "/?#");
    if (colon < 0 || (boundary >= 0 && boundary < colon)) {
      return !lower.startsWith("//");
    }
    String scheme = lower.substring(0, colon);
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
  }

  private static int firstOf(String text, String chars) {
    int first = -1;
    for (char c : chars.toCharArray()) {
      int at = text.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** The renderer's own check, after the tree's: an unsafe address that got through is emptied. */
  private static final class SafeAddresses implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      return safe(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return "";
    }
  }
}
