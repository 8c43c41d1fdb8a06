package org.summitry.charts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.gifts.boundary.GiftFlow;
import org.summitry.people.boundary.CountryView;

class FlowMatrixTest {

  private static final CountryView RU = new CountryView(1L, "RU", "Russia");
  private static final CountryView KP = new CountryView(2L, "KP", "North Korea");
  private static final CountryView KR = new CountryView(3L, "KR", "South Korea");
  private static final Map<Long, CountryView> DEMO = Map.of(1L, RU, 2L, KP, 3L, KR);

  @Test
  void countriesAreOrderedByGiftsGivenAndReceivedOnBothAxes() {
    FlowMatrix matrix =
        FlowMatrix.of(
            List.of(new GiftFlow(1L, 2L, 4), new GiftFlow(2L, 1L, 2), new GiftFlow(2L, 3L, 1)),
            DEMO,
            12);
    assertEquals(List.of(KP, RU, KR), matrix.parties());
    assertEquals(4, matrix.count(1, 0), "Russia to North Korea");
    assertEquals(2, matrix.count(0, 1));
    assertEquals(1, matrix.count(0, 2));
    assertEquals(3, matrix.given(0));
    assertEquals(4, matrix.received(0));
    assertEquals(7, matrix.total());
    assertEquals("/gifts?from=ru&to=kp", matrix.link(1, 0));
  }

  @Test
  void countriesBeyondTheLimitAndUnpublishedOnesBecomeOtherWithoutALink() {
    Map<Long, CountryView> countries = new HashMap<>(DEMO);
    List<GiftFlow> flows = new ArrayList<>();
    flows.add(new GiftFlow(1L, 2L, 10));
    flows.add(new GiftFlow(2L, 3L, 5));
    flows.add(new GiftFlow(3L, 1L, 1));
    flows.add(new GiftFlow(99L, 1L, 7));
    FlowMatrix matrix = FlowMatrix.of(flows, countries, 2);
    assertEquals(3, matrix.parties().size());
    assertEquals(List.of(RU, KP), matrix.parties().subList(0, 2), "18 gifts, then 15");
    assertNull(matrix.parties().get(2));
    assertEquals(8, matrix.count(2, 0), "South Korea and the unpublished country to Russia");
    assertEquals(5, matrix.count(1, 2));
    assertNull(matrix.link(2, 0));
    assertNull(matrix.link(1, 2));
    assertEquals("/gifts?from=ru&to=kp", matrix.link(0, 1));
    MatrixChart chart = matrix.chart("Other countries", "Other");
    assertEquals("Other countries", chart.rows().get(2).text());
    assertEquals("Other", chart.columns().get(2).text());
    assertEquals(9, chart.cells().size());
  }

  @Test
  void giftsNamingNoCountryAreCountedButNotPlaced() {
    FlowMatrix matrix =
        FlowMatrix.of(
            List.of(new GiftFlow(null, 2L, 3), new GiftFlow(1L, null, 1), new GiftFlow(1L, 2L, 1)),
            DEMO,
            12);
    assertEquals(4, matrix.unplaced());
    assertEquals(5, matrix.total());
    assertEquals(List.of(KP, RU), matrix.parties());
    assertTrue(matrix.parties().stream().allMatch(p -> p != null), "no other row");
  }

  @Test
  void noGiftsMeansAnEmptyMatrix() {
    assertTrue(FlowMatrix.of(List.of(), DEMO, 12).isEmpty());
  }
}
