package org.summitry.media.control;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.XMPPathFactory;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.metadata.Metadata;
import com.drew.metadata.xmp.XmpDirectory;
import com.drew.metadata.xmp.XmpReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who a press photo's file says it shows, and where, read from the IPTC Extension's XMP properties:
 * {@code Iptc4xmpExt:PersonInImage} (names of the people shown, for the whole picture) and {@code
 * Iptc4xmpExt:ImageRegion} (IPTC Photo Metadata 2021: regions, each with a {@code RegionBoundary}
 * and the {@code PersonInImage} or {@code Name} of what it shows).
 *
 * <p>Only rectangles are read ({@code rbShape} "rectangle"): circles and polygons are left out. A
 * boundary in {@code rbUnit} "relative" gives {@code rbX}, {@code rbY}, {@code rbW}, {@code rbH} as
 * fractions (0 to 1) of the picture's width and height; in "pixel", as pixels of the picture. A
 * region without a usable rectangle still gives its names.
 */
public record EmbeddedRegions(List<String> peopleShown, List<Region> regions) {

  private static final Logger LOG = Logger.getLogger(EmbeddedRegions.class.getName());

  static final String NS = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";

  private static final EmbeddedRegions NONE = new EmbeddedRegions(List.of(), List.of());

  public EmbeddedRegions {
    peopleShown = List.copyOf(peopleShown);
    regions = List.copyOf(regions);
  }

  /**
   * A region of the file.
   *
   * @param relative true when the rectangle is in fractions of the picture, false in pixels
   * @param names the people it shows ({@code PersonInImage}), else its {@code Name}; may be empty
   */
  public record Region(
      boolean relative, double x, double y, double w, double h, List<String> names) {

    public Region {
      names = List.copyOf(names);
    }

    /**
     * The rectangle in whole pixels of a picture {@code width} × {@code height}, cut to the
     * picture; null when nothing of it is left inside.
     */
    public int[] inPixels(int width, int height) {
      double sx = relative ? width : 1;
      double sy = relative ? height : 1;
      long left = Math.max(0, Math.round(x * sx));
      long top = Math.max(0, Math.round(y * sy));
      long right = Math.min(width, Math.round((x + w) * sx));
      long bottom = Math.min(height, Math.round((y + h) * sy));
      if (right <= left || bottom <= top) {
        return null;
      }
      return new int[] {(int) left, (int) top, (int) (right - left), (int) (bottom - top)};
    }
  }

  /** Every name the file gives, whole picture first, each once. */
  public List<String> allNames() {
    Set<String> names = new LinkedHashSet<>(peopleShown);
    regions.forEach(r -> names.addAll(r.names()));
    return List.copyOf(names);
  }

  /** The regions and names in the XMP packets of these parts; none when there are none. */
  public static EmbeddedRegions of(MetadataParts parts) {
    List<String> people = new ArrayList<>();
    List<Region> regions = new ArrayList<>();
    for (byte[] packet : parts.xmp()) {
      Metadata metadata = new Metadata();
      try {
        new XmpReader().extract(packet, metadata);
        for (XmpDirectory directory : metadata.getDirectoriesOfType(XmpDirectory.class)) {
          XMPMeta xmp = directory.getXMPMeta();
          people.addAll(items(xmp, NS, "PersonInImage"));
          regions.addAll(regions(xmp));
        }
      } catch (RuntimeException | XMPException e) {
        LOG.info(() -> "Image regions of an XMP packet are unreadable: " + e);
      }
    }
    return people.isEmpty() && regions.isEmpty() ? NONE : new EmbeddedRegions(people, regions);
  }

  private static List<Region> regions(XMPMeta xmp) throws XMPException {
    ensurePrefix();
    List<Region> found = new ArrayList<>();
    if (!xmp.doesPropertyExist(NS, "ImageRegion")) {
      return found;
    }
    int count = xmp.countArrayItems(NS, "ImageRegion");
    for (int i = 1; i <= count; i++) {
      String item = XMPPathFactory.composeArrayItemPath("ImageRegion", i);
      List<String> names = new ArrayList<>(items(xmp, NS, field(item, "PersonInImage")));
      if (names.isEmpty()) {
        String name = text(xmp, field(item, "Name"));
        if (name != null) {
          names.add(name);
        }
      }
      String boundary = field(item, "RegionBoundary");
      String shape = text(xmp, field(boundary, "rbShape"));
      String unit = text(xmp, field(boundary, "rbUnit"));
      Double x = number(xmp, field(boundary, "rbX"));
      Double y = number(xmp, field(boundary, "rbY"));
      Double w = number(xmp, field(boundary, "rbW"));
      Double h = number(xmp, field(boundary, "rbH"));
      boolean rectangle =
          "rectangle".equalsIgnoreCase(shape)
              && ("relative".equalsIgnoreCase(unit) || "pixel".equalsIgnoreCase(unit))
              && x != null
              && y != null
              && w != null
              && h != null
              && w > 0
              && h > 0;
      if (rectangle) {
        found.add(new Region("relative".equalsIgnoreCase(unit), x, y, w, h, names));
      } else if (!names.isEmpty()) {
        found.add(new Region(false, 0, 0, 0, 0, names));
      }
    }
    return found;
  }

  /** The XMP path of a field of a struct; the fields are all in the IPTC Extension namespace. */
  private static String field(String path, String name) throws XMPException {
    return path + XMPPathFactory.composeStructFieldPath(NS, name);
  }

  /** The items of an array property (or a simple value) under {@code path}, trimmed, blanks out. */
  private static List<String> items(XMPMeta xmp, String namespace, String path)
      throws XMPException {
    ensurePrefix();
    List<String> values = new ArrayList<>();
    XMPProperty property = xmp.getProperty(namespace, path);
    if (property == null) {
      return values;
    }
    if (property.getOptions().isArray()) {
      int count = xmp.countArrayItems(namespace, path);
      for (int i = 1; i <= count; i++) {
        XMPProperty item = xmp.getArrayItem(namespace, path, i);
        add(values, item == null ? null : item.getValue());
      }
    } else if (!property.getOptions().isStruct()) {
      add(values, property.getValue());
    }
    return values;
  }

  private static String text(XMPMeta xmp, String path) throws XMPException {
    List<String> values = items(xmp, NS, path);
    return values.isEmpty() ? null : values.get(0);
  }

  private static Double number(XMPMeta xmp, String path) throws XMPException {
    String text = text(xmp, path);
    if (text == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.replace(',', '.').toLowerCase(Locale.ROOT));
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void add(List<String> values, String value) {
    String text = value == null ? null : value.replace("\0", "").strip();
    if (text != null && !text.isEmpty()) {
      values.add(text);
    }
  }

  /** Paths name fields by prefix, so the namespace must have one in the registry. */
  private static void ensurePrefix() throws XMPException {
    if (XMPMetaFactory.getSchemaRegistry().getNamespacePrefix(NS) == null) {
      XMPMetaFactory.getSchemaRegistry().registerNamespace(NS, "Iptc4xmpExt");
    }
  }
}
