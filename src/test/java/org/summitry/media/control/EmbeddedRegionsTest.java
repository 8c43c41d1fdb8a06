package org.summitry.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitry.media.control.MetadataSegments.jpegWith;
import static org.summitry.media.control.MetadataSegments.plainJpeg;
import static org.summitry.media.control.MetadataSegments.xmp;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The people a file says it shows, and where, prefill a photo's tags on upload. */
class EmbeddedRegionsTest {

  /** An IPTC 2021 image region: a rectangle and the people in it, or its name. */
  private static String region(
      String unit, String x, String y, String w, String h, String person, String name) {
    return "<rdf:li rdf:parseType=\"Resource\">"
        + "<Iptc4xmpExt:RegionBoundary rdf:parseType=\"Resource\">"
        + "<Iptc4xmpExt:rbShape>rectangle</Iptc4xmpExt:rbShape>"
        + "<Iptc4xmpExt:rbUnit>"
        + unit
        + "</Iptc4xmpExt:rbUnit>"
        + "<Iptc4xmpExt:rbX>"
        + x
        + "</Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>"
        + y
        + "</Iptc4xmpExt:rbY><Iptc4xmpExt:rbW>"
        + w
        + "</Iptc4xmpExt:rbW><Iptc4xmpExt:rbH>"
        + h
        + "</Iptc4xmpExt:rbH>"
        + "</Iptc4xmpExt:RegionBoundary>"
        + (person == null
            ? ""
            : "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>"
                + person
                + "</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>")
        + (name == null
            ? ""
            : "<Iptc4xmpExt:Name><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                + name
                + "</rdf:li></rdf:Alt></Iptc4xmpExt:Name>")
        + "</rdf:li>";
  }

  private static String imageRegions(String... regions) {
    return "<Iptc4xmpExt:ImageRegion><rdf:Bag>"
        + String.join("", regions)
        + "</rdf:Bag></Iptc4xmpExt:ImageRegion>";
  }

  @Test
  void regionsInRelativeAndPixelUnitsGiveRectanglesWithTheirPeople() {
    byte[] photo =
        jpegWith(
            xmp(
                "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Kim Jong Un</rdf:li>"
                    + "<rdf:li>Vladimir Putin</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>",
                imageRegions(
                    region("relative", "0.05", "0.1", "0.3", "0.8", "Kim Jong Un", null),
                    region("pixel", "1200", "150", "500", "900", "Vladimir Putin", null),
                    region("relative", "0.4", "0.6", "0.2", "0.3", null, "Pungsan dog"))));

    EmbeddedRegions read = EmbeddedRegions.of(MetadataParts.of(photo));

    assertEquals(List.of("Kim Jong Un", "Vladimir Putin"), read.peopleShown());
    assertEquals(3, read.regions().size());
    EmbeddedRegions.Region kim = read.regions().get(0);
    assertEquals(List.of("Kim Jong Un"), kim.names());
    assertArrayEquals(new int[] {100, 120, 600, 960}, kim.inPixels(2000, 1200));
    EmbeddedRegions.Region putin = read.regions().get(1);
    assertEquals(List.of("Vladimir Putin"), putin.names());
    assertArrayEquals(new int[] {1200, 150, 500, 900}, putin.inPixels(2000, 1200));
    assertEquals(List.of("Pungsan dog"), read.regions().get(2).names(), "a region's own name");
    assertEquals(
        List.of("Kim Jong Un", "Vladimir Putin", "Pungsan dog"), read.allNames(), "each once");
  }

  @Test
  void aRectangleIsCutToThePictureAndOneOutsideItIsNone() {
    byte[] photo =
        jpegWith(
            xmp(
                imageRegions(
                    region("pixel", "1800", "1000", "400", "400", "Kim Jong Un", null),
                    region("pixel", "2100", "10", "50", "50", "Vladimir Putin", null))));

    List<EmbeddedRegions.Region> regions = EmbeddedRegions.of(MetadataParts.of(photo)).regions();

    assertArrayEquals(new int[] {1800, 1000, 200, 200}, regions.get(0).inPixels(2000, 1200));
    assertNull(regions.get(1).inPixels(2000, 1200), "wholly outside");
  }

  @Test
  void otherShapesAndBrokenNumbersKeepOnlyTheNames() {
    String circle =
        "<rdf:li rdf:parseType=\"Resource\"><Iptc4xmpExt:RegionBoundary rdf:parseType=\"Resource\">"
            + "<Iptc4xmpExt:rbShape>circle</Iptc4xmpExt:rbShape>"
            + "<Iptc4xmpExt:rbUnit>relative</Iptc4xmpExt:rbUnit>"
            + "<Iptc4xmpExt:rbX>0.5</Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>0.5</Iptc4xmpExt:rbY>"
            + "<Iptc4xmpExt:rbRx>0.1</Iptc4xmpExt:rbRx></Iptc4xmpExt:RegionBoundary>"
            + "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Kim Jong Un</rdf:li></rdf:Bag>"
            + "</Iptc4xmpExt:PersonInImage></rdf:li>";
    byte[] photo =
        jpegWith(
            xmp(
                imageRegions(
                    circle, region("pixel", "ten", "0", "5", "5", "Vladimir Putin", null))));

    List<EmbeddedRegions.Region> regions = EmbeddedRegions.of(MetadataParts.of(photo)).regions();

    assertEquals(2, regions.size());
    assertNull(regions.get(0).inPixels(2000, 1200));
    assertNull(regions.get(1).inPixels(2000, 1200));
    assertEquals(List.of("Vladimir Putin"), regions.get(1).names());
  }

  @Test
  void aFileWithoutRegionsHasNone() {
    EmbeddedRegions read = EmbeddedRegions.of(MetadataParts.of(plainJpeg()));
    assertTrue(read.regions().isEmpty());
    assertTrue(read.peopleShown().isEmpty());
  }
}
