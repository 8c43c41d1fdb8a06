package org.summitry.opendata.control;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** XML output for feeds, sitemaps and OAI-PMH. */
public final class Xml {

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  private Xml() {}

  public static XMLStreamWriter writer(Writer out) {
    try {
      return OUTPUT.createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The text without the characters XML 1.0 cannot carry at all (most control characters, lone
   * surrogates, U+FFFE and U+FFFF), which a writer would otherwise put out as a document no parser
   * accepts. Curators may paste anything into a field; the feed must stay readable.
   */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept.append(c).append(text.charAt(++i));
      } else if (c == 0x9
          || c == 0xA
          || c == 0xD
          || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** Writes {@code <name>text</name>} in the current default namespace. */
  public static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }
}
