package org.summitry.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.summitry.media.boundary.RegionView.Position;

/**
 * "In this photo: Kim Jong Un, left; Vladimir Putin, right" tells where from the region's centre.
 */
class RegionViewTest {

  @Test
  void theCentreOfARegionTellsLeftCentreOrRight() {
    assertEquals(Position.LEFT, Position.of(0, 600, 3000), "centre at 300 of 3000");
    assertEquals(
        Position.LEFT, Position.of(700, 598, 3000), "centre at 999, just short of a third");
    assertEquals(Position.CENTRE, Position.of(700, 600, 3000), "centre at 1000, a third");
    assertEquals(Position.CENTRE, Position.of(1200, 600, 3000), "centre at 1500");
    assertEquals(Position.CENTRE, Position.of(1700, 600, 3000), "centre at 2000, two thirds");
    assertEquals(Position.RIGHT, Position.of(1702, 600, 3000), "centre at 2002");
    assertEquals(Position.RIGHT, Position.of(2400, 600, 3000));
  }

  @Test
  void wideRegionsStandWhereTheirCentreIs() {
    assertEquals(Position.CENTRE, Position.of(0, 3000, 3000), "the whole picture");
    assertEquals(Position.LEFT, Position.of(0, 1900, 3000), "centre at 950");
  }

  @Test
  void positionsAreWordsOfTheBundles() {
    assertEquals("photos.regions.left", Position.LEFT.messageKey());
    assertEquals("photos.regions.centre", Position.CENTRE.messageKey());
    assertEquals("photos.regions.right", Position.RIGHT.messageKey());
  }

  @Test
  void aMediaFragmentScalesTheRegionToTheCanvas() {
    RegionView region = new RegionView(1L, 2L, 201, 301, 599, 3, 9L, null, null, 3200, 2000);
    assertEquals("201,301,599,3", region.xywh(1));
    assertEquals("101,151,300,2", region.xywh(0.5));
    assertEquals("20,30,60,1", region.xywh(0.1), "never narrower than a pixel");
  }
}
