package org.summitry.testing;

import java.io.StringReader;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The language a screen reader would read a piece of a page in: the {@code lang} of the nearest
 * element around it that has one, as the HTML standard resolves it.
 */
public final class PageLanguage {

  private final Document document;

  private PageLanguage(Document document) {
    this.document = document;
  }

  /** The page parsed the way a browser parses it (the Nu Html Checker's parser). */
  public static PageLanguage of(String html) {
    try {
      HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
      return new PageLanguage(builder.parse(new InputSource(new StringReader(html))));
    } catch (Exception e) {
      throw new IllegalStateException("The page could not be parsed: " + e.getMessage(), e);
    }
  }

  /**
   * The language in effect around the first occurrence of the text in the page's body, or {@code
   * null} when the body does not hold the text.
   */
  public String around(String text) {
    Element body = (Element) document.getElementsByTagName("body").item(0);
    Element innermost = innermost(body, text);
    return innermost == null ? null : languageOf(innermost);
  }

  /**
   * The language in effect around {@code text} inside the first element that holds it and is named
   * {@code container} (an element name, or ".class"), or {@code null} when none holds it: the name
   * of an entry inside a heading, a caption or a chip.
   */
  public String around(String text, String container) {
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      boolean named =
          container.startsWith(".")
              ? (" " + element.getAttribute("class") + " ")
                  .contains(" " + container.substring(1) + " ")
              : element.getLocalName().equals(container);
      if (named && element.getTextContent().contains(text)) {
        return languageOf(innermost(element, text));
      }
    }
    return null;
  }

  /** The text of the first element in the body carrying the class, or {@code null}. */
  public String textOf(String className) {
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      for (String each : element.getAttribute("class").split("\\s+")) {
        if (each.equals(className)) {
          return element.getTextContent().strip();
        }
      }
    }
    return null;
  }

  private static Element innermost(Element element, String text) {
    if (!element.getTextContent().contains(text)) {
      return null;
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element inner) {
        Element found = innermost(inner, text);
        if (found != null) {
          return found;
        }
      }
    }
    return element;
  }

  private static String languageOf(Element element) {
    for (Node node = element; node instanceof Element each; node = each.getParentNode()) {
      if (each.hasAttribute("lang")) {
        return each.getAttribute("lang");
      }
    }
    return "";
  }
}
