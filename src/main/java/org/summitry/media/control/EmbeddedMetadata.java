package org.summitry.media.control;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.lang.SequentialByteArrayReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.StringValue;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.iptc.IptcReader;
import com.drew.metadata.xmp.XmpDirectory;
import com.drew.metadata.xmp.XmpReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.WebAddress;

/**
 * What a press photo's file says about itself, read so that the upload form can be prefilled; the
 * curator still decides what is kept. Every text is trimmed, and a field the file leaves blank is
 * null.
 *
 * <p>Two standards carry the same descriptive fields: the IPTC Information Interchange Model (IIM,
 * "IPTC" in Photoshop, the older binary datasets numbered record:dataset) and XMP (RDF/XML, the
 * newer form). Software that writes both keeps them in step; when they differ, <strong>XMP
 * wins</strong>, because XMP is what current software edits and IIM is often a stale copy. Where
 * each field comes from, XMP first:
 *
 * <table>
 *   <caption>Sources of each field</caption>
 *   <tr><th>field</th><th>XMP</th><th>IIM</th></tr>
 *   <tr><td>caption</td><td>dc:description (x-default)</td><td>2:120 Caption/Abstract</td></tr>
 *   <tr><td>headline</td><td>photoshop:Headline</td><td>2:105 Headline</td></tr>
 *   <tr><td>creditLine</td><td>photoshop:Credit</td><td>2:110 Credit</td></tr>
 *   <tr><td>creator</td><td>dc:creator</td><td>2:80 By-line</td></tr>
 *   <tr><td>copyrightNotice</td><td>dc:rights (x-default)</td><td>2:116 Copyright Notice</td></tr>
 *   <tr><td>dateCreated</td><td>photoshop:DateCreated</td><td>2:55 Date Created</td></tr>
 *   <tr><td>sublocation</td><td>Iptc4xmpCore:Location</td><td>2:92 Sub-location</td></tr>
 *   <tr><td>city</td><td>photoshop:City</td><td>2:90 City</td></tr>
 *   <tr><td>country</td><td>photoshop:Country</td><td>2:101 Country/Primary Location Name</td></tr>
 *   <tr><td>source</td><td>photoshop:Source (the agency)</td><td>2:115 Source</td></tr>
 *   <tr><td>altText</td><td>Iptc4xmpCore:AltTextAccessibility (x-default)</td><td>none</td></tr>
 *   <tr><td>licenceUrl</td><td>xmpRights:WebStatement (only an http or https address)</td>
 *     <td>none</td></tr>
 * </table>
 *
 * <p>Several creators (a repeated 2:80, or several dc:creator items) are joined with "; ". The date
 * is EDTF at day precision ({@code 2024-06-20}), or month or year precision when the file knows no
 * more ({@code 2024-06}, {@code 2024}); the time of day is dropped. When neither XMP nor IIM has a
 * date, Exif DateTimeOriginal (when the shutter fired) is used. {@code orientation} is the Exif
 * IFD0 Orientation, 1 to 8, and 1 (upright) when absent or invalid: 6 means the picture must be
 * turned 90° clockwise to be shown upright.
 *
 * <p>IIM text has no fixed encoding: dataset 1:90 declares UTF-8 with the escape sequence {@code
 * ESC % G}. Without that declaration the text is taken as UTF-8 when it is valid UTF-8 (much
 * current software writes UTF-8 without declaring it; Latin-1 text with accents is almost never
 * valid UTF-8), and otherwise as Windows-1252, the superset of Latin-1 that older Western software
 * wrote. The platform's default charset plays no part.
 *
 * <p>The file is not handed whole to metadata-extractor: {@link MetadataParts} finds the XMP
 * packets, IIM blocks and Exif values within fixed bounds, and only those packets and blocks are
 * parsed, by metadata-extractor's XMP and IIM readers.
 */
public record EmbeddedMetadata(
    String caption,
    String headline,
    String creditLine,
    String creator,
    String copyrightNotice,
    String dateCreated,
    String sublocation,
    String city,
    String country,
    String source,
    String altText,
    String licenceUrl,
    int orientation) {

  /** Exif orientation of a picture stored upright. */
  public static final int UPRIGHT = 1;

  private static final EmbeddedMetadata NOTHING =
      new EmbeddedMetadata(
          null, null, null, null, null, null, null, null, null, null, null, null, 1);

  private static final Logger LOG = Logger.getLogger(EmbeddedMetadata.class.getName());
  private static final String NS_IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
  private static final String SEPARATOR = "; ";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern IIM_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern EXIF_DATE = Pattern.compile("(\\d{4}):(\\d{2}):(\\d{2})");

  /** Trims every text, turns blank into null and an orientation outside 1–8 into 1. */
  public EmbeddedMetadata {
    caption = clean(caption);
    headline = clean(headline);
    creditLine = clean(creditLine);
    creator = clean(creator);
    copyrightNotice = clean(copyrightNotice);
    dateCreated = clean(dateCreated);
    sublocation = clean(sublocation);
    city = clean(city);
    country = clean(country);
    source = clean(source);
    altText = clean(altText);
    licenceUrl = clean(licenceUrl);
    orientation = orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
  }

  /**
   * Reads the metadata embedded in an image file (JPEG, TIFF, PNG, WebP). Never throws for odd
   * content: a file that is not an image, is damaged or carries no metadata gives a record with
   * every text null and orientation 1; metadata beyond {@link MetadataParts}' bounds is not read.
   */
  public static EmbeddedMetadata read(byte[] file) {
    Objects.requireNonNull(file, "file");
    return of(MetadataParts.of(file));
  }

  /**
   * The metadata in parts already found. Never throws: a packet or block that cannot be parsed is
   * left out, and the reason is logged in one line at INFO.
   */
  public static EmbeddedMetadata of(MetadataParts parts) {
    Metadata metadata = new Metadata();
    for (byte[] packet : parts.xmp()) {
      try {
        new XmpReader().extract(packet, metadata);
      } catch (RuntimeException e) {
        LOG.info(() -> "An XMP packet of " + packet.length + " bytes is unreadable: " + e);
      }
    }
    for (byte[] block : parts.iim()) {
      try {
        new IptcReader().extract(new SequentialByteArrayReader(block), metadata, block.length);
      } catch (RuntimeException e) {
        LOG.info(() -> "An IPTC IIM block of " + block.length + " bytes is unreadable: " + e);
      }
    }
    for (Directory directory : metadata.getDirectories()) {
      if (directory.hasErrors()) {
        LOG.fine(
            () -> directory.getName() + " metadata partly unreadable: " + directory.getErrors());
      }
    }
    return of(metadata, parts);
  }

  /** True when no text was found and the orientation is the default, upright. */
  public boolean isEmpty() {
    return equals(NOTHING);
  }

  private static EmbeddedMetadata of(Metadata metadata, MetadataParts parts) {
    Xmp xmp = new Xmp(metadata.getDirectoriesOfType(XmpDirectory.class));
    Iim iim = new Iim(metadata.getDirectoriesOfType(IptcDirectory.class));
    String date =
        first(
            xmpDate(xmp.text(XMPConst.NS_PHOTOSHOP, "DateCreated")),
            iimDate(iim.text(IptcDirectory.TAG_DATE_CREATED)),
            exifDate(parts.dateTimeOriginal()));
    return new EmbeddedMetadata(
        first(xmp.text(XMPConst.NS_DC, "description"), iim.text(IptcDirectory.TAG_CAPTION)),
        first(xmp.text(XMPConst.NS_PHOTOSHOP, "Headline"), iim.text(IptcDirectory.TAG_HEADLINE)),
        first(xmp.text(XMPConst.NS_PHOTOSHOP, "Credit"), iim.text(IptcDirectory.TAG_CREDIT)),
        first(xmp.text(XMPConst.NS_DC, "creator"), iim.text(IptcDirectory.TAG_BY_LINE)),
        first(xmp.text(XMPConst.NS_DC, "rights"), iim.text(IptcDirectory.TAG_COPYRIGHT_NOTICE)),
        date,
        first(xmp.text(NS_IPTC_CORE, "Location"), iim.text(IptcDirectory.TAG_SUB_LOCATION)),
        first(xmp.text(XMPConst.NS_PHOTOSHOP, "City"), iim.text(IptcDirectory.TAG_CITY)),
        first(
            xmp.text(XMPConst.NS_PHOTOSHOP, "Country"),
            iim.text(IptcDirectory.TAG_COUNTRY_OR_PRIMARY_LOCATION_NAME)),
        first(xmp.text(XMPConst.NS_PHOTOSHOP, "Source"), iim.text(IptcDirectory.TAG_SOURCE)),
        xmp.text(NS_IPTC_CORE, "AltTextAccessibility"),
        webAddress(xmp.text(XMPConst.NS_XMP_RIGHTS, "WebStatement")),
        parts.orientation());
  }

  /**
   * The address of a rights statement, kept only when it is an http or https address (a file may
   * carry a bare phrase, a {@code javascript:} or {@code file:} address there).
   */
  private static String webAddress(String text) {
    return text == null ? null : WebAddress.linkable(text);
  }

  /** XMP dates are ISO 8601: {@code 2024-06-20T14:03:11+09:00}, {@code 2024-06} or {@code 2024}. */
  private static String xmpDate(String text) {
    Matcher m = text == null ? null : ISO_DATE.matcher(text);
    return m != null && m.lookingAt() ? edtf(m.group(1), m.group(2), m.group(3)) : null;
  }

  /** IIM dates are CCYYMMDD, with 00 for a month or day that is not known. */
  private static String iimDate(String text) {
    Matcher m = text == null ? null : IIM_DATE.matcher(text);
    return m != null && m.matches() ? edtf(m.group(1), m.group(2), m.group(3)) : null;
  }

  /** Exif dates are "YYYY:MM:DD HH:MM:SS"; cameras without a clock write zeros or spaces. */
  private static String exifDate(String text) {
    Matcher m = text == null ? null : EXIF_DATE.matcher(text.strip());
    return m != null && m.lookingAt() ? edtf(m.group(1), m.group(2), m.group(3)) : null;
  }

  /** Year, month and day as EDTF of the finest known precision; zeros stand for unknown. */
  private static String edtf(String year, String month, String day) {
    if (year.equals("0000")) {
      return null;
    }
    String text = year;
    if (month != null && !month.equals("00")) {
      text += "-" + month;
      if (day != null && !day.equals("00")) {
        text += "-" + day;
      }
    }
    return Edtf.problem(text).isEmpty() ? text : null;
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      String text = clean(candidate);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static String clean(String text) {
    if (text == null) {
      return null;
    }
    // IIM values written by C programs sometimes keep their terminating NUL.
    String trimmed = text.replace("\0", "").strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** The XMP packets of the file (usually one). */
  private static final class Xmp {

    private final List<XMPMeta> packets = new ArrayList<>();

    Xmp(Collection<XmpDirectory> directories) {
      directories.forEach(directory -> packets.add(directory.getXMPMeta()));
    }

    /**
     * A property as text: a simple value as it is, a language alternative in x-default (or its
     * first language), an ordered or unordered array as its items joined with "; ".
     */
    String text(String namespace, String name) {
      for (XMPMeta packet : packets) {
        try {
          String text = clean(text(packet, namespace, name));
          if (text != null) {
            return text;
          }
        } catch (XMPException e) {
          LOG.fine(() -> "XMP property " + name + " unreadable: " + e.getMessage());
        }
      }
      return null;
    }

    private static String text(XMPMeta packet, String namespace, String name) throws XMPException {
      XMPProperty property = packet.getProperty(namespace, name);
      if (property == null || property.getOptions().isStruct()) {
        return null;
      }
      if (property.getOptions().isArrayAltText()) {
        XMPProperty text = packet.getLocalizedText(namespace, name, null, XMPConst.X_DEFAULT);
        return text == null ? null : text.getValue();
      }
      if (property.getOptions().isArrayAlternate()) {
        return packet.getArrayItem(namespace, name, 1).getValue();
      }
      if (property.getOptions().isArray()) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= packet.countArrayItems(namespace, name); i++) {
          String item = clean(packet.getArrayItem(namespace, name, i).getValue());
          if (item != null) {
            items.add(item);
          }
        }
        return String.join(SEPARATOR, items);
      }
      return property.getValue();
    }
  }

  /** The IPTC IIM datasets of the file, decoded by their declared or recognised encoding. */
  private static final class Iim {

    private final Collection<IptcDirectory> directories;

    Iim(Collection<IptcDirectory> directories) {
      this.directories = directories;
    }

    /** A dataset's text; a repeated dataset's values are joined with "; ". */
    String text(int tag) {
      for (IptcDirectory directory : directories) {
        Charset declared = declaredCharset(directory);
        List<String> values = new ArrayList<>();
        for (Object value : values(directory.getObject(tag))) {
          String text = clean(decode(value, declared));
          if (text != null) {
            values.add(text);
          }
        }
        if (!values.isEmpty()) {
          return String.join(SEPARATOR, values);
        }
      }
      return null;
    }

    private static Object[] values(Object value) {
      if (value == null) {
        return new Object[0];
      }
      return value instanceof Object[] array ? array : new Object[] {value};
    }

    /**
     * metadata-extractor keeps each value's bytes, and turns a 1:90 escape sequence it knows
     * ({@code ESC % G}, and those of Latin-1) into a Java charset name.
     */
    private static Charset declaredCharset(IptcDirectory directory) {
      String name = directory.getString(IptcDirectory.TAG_CODED_CHARACTER_SET);
      try {
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
      } catch (IllegalCharsetNameException e) {
        return null;
      }
    }

    private static String decode(Object value, Charset declared) {
      if (!(value instanceof StringValue string)) {
        return value == null ? null : value.toString();
      }
      byte[] bytes = string.getBytes();
      if (declared != null) {
        return new String(bytes, declared);
      }
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException notUtf8) {
        return new String(bytes, WINDOWS_1252);
      }
    }
  }
}
