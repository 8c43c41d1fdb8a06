package org.summitry.charts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.kernel.YearTally;

class ChartsTest {

  private static YearTally tally(int... yearAndCount) {
    List<YearTally.Span> spans = new ArrayList<>();
    for (int i = 0; i < yearAndCount.length; i += 2) {
      spans.add(new YearTally.Span(yearAndCount[i], yearAndCount[i], yearAndCount[i + 1]));
    }
    return YearTally.of(spans);
  }

  @Test
  void ticksAreRoundStepsFromZeroPastTheLargestCount() {
    assertEquals(List.of(0L, 1L), Charts.ticks(0));
    assertEquals(List.of(0L, 1L), Charts.ticks(1));
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), Charts.ticks(4));
    assertEquals(List.of(0L, 2L, 4L, 6L, 8L), Charts.ticks(7));
    assertEquals(List.of(0L, 5L, 10L, 15L, 20L), Charts.ticks(17));
    assertEquals(List.of(0L, 200L, 400L, 600L), Charts.ticks(600));
    assertEquals(List.of(0L, 500_000L, 1_000_000L), Charts.ticks(999_999));
  }

  @Test
  void shadesGrowLogarithmicallyFromOneToFive() {
    assertEquals(0, Charts.shade(0, 4));
    assertEquals(5, Charts.shade(4, 4));
    assertEquals(3, Charts.shade(1, 4));
    assertEquals(4, Charts.shade(2, 4));
    assertEquals(1, Charts.shade(1, 1_000_000));
    assertEquals(5, Charts.shade(1_000_000, 1_000_000));
    assertTrue(Charts.shade(1000, 1_000_000) < Charts.shade(100_000, 1_000_000));
  }

  @Test
  void everyYearBetweenTheFirstAndLastGetsASlotSoGapsShow() {
    YearChart chart = Charts.years(List.of(tally(2018, 1, 2023, 1, 2024, 1)), 2018);
    assertEquals(7, chart.slots().size());
    assertTrue(chart.continuous());
    YearChart.Slot first = chart.slots().get(0);
    assertEquals(2018, first.year());
    assertTrue(first.selected());
    assertEquals(Charts.MAX_SLOT, first.width(), "few years get wide slots");
    assertEquals(0, chart.slots().get(2).bars().get(0).height(), "2020 is empty");
    YearChart.Bar bar = first.bars().get(0);
    assertEquals(chart.plotTop(), bar.y(), "the largest count reaches the top tick");
    assertEquals(Charts.PLOT_HEIGHT, bar.height());
    assertEquals(chart.baseline(), bar.y() + bar.height());
    assertTrue(bar.valueShown());
    assertEquals(chart.plotLeft() + 7 * Charts.MAX_SLOT, chart.plotRight());
    assertEquals(chart.plotRight() + Charts.RIGHT, chart.width());
  }

  @Test
  void barsAreScaledToTheTopTickAndSmallCountsStayVisible() {
    YearChart chart = Charts.years(List.of(tally(2000, 1000, 2001, 1)), null);
    YearChart.Tick top = chart.ticks().get(chart.ticks().size() - 1);
    assertEquals(1000, top.value());
    assertEquals(chart.plotTop(), top.y());
    assertEquals(Charts.PLOT_HEIGHT, chart.slots().get(0).bars().get(0).height());
    assertEquals(2, chart.slots().get(1).bars().get(0).height(), "one in a thousand still shows");
  }

  @Test
  void twoSeriesStandSideBySideWithinTheirYear() {
    YearChart chart = Charts.years(List.of(tally(2024, 4), tally(2024, 2)), null);
    YearChart.Slot slot = chart.slots().get(0);
    YearChart.Bar given = slot.bars().get(0);
    YearChart.Bar received = slot.bars().get(1);
    assertEquals(given.x() + given.width(), received.x());
    assertTrue(received.x() + received.width() <= slot.x() + slot.width());
    assertEquals(Charts.PLOT_HEIGHT / 2, received.height());
    assertEquals(6, slot.total());
  }

  @Test
  void decadesOfYearsNarrowTheSlotsAndLabelRoundYears() {
    List<YearTally.Span> spans = new ArrayList<>();
    for (int year = 1946; year <= 2025; year++) {
      spans.add(new YearTally.Span(year, year, year % 7 + 1));
    }
    YearChart chart = Charts.years(List.of(YearTally.of(spans)), null);
    assertEquals(80, chart.slots().size());
    int slot = chart.slots().get(0).width();
    assertEquals(Charts.MIN_SLOT, slot, "narrow, but not so narrow bars vanish");
    List<Integer> labelled =
        chart.slots().stream().filter(YearChart.Slot::labelled).map(YearChart.Slot::year).toList();
    assertEquals(List.of(1950, 1955, 1960, 1965, 1970), labelled.subList(0, 5));
    assertTrue(slot * 5 >= Charts.LABEL_SPACING);
    assertFalse(chart.slots().get(0).bars().get(0).valueShown(), "no room for numbers over bars");
  }

  @Test
  void centuriesApartShowOnlyTheYearsWithEntries() {
    YearChart chart = Charts.years(List.of(tally(1815, 1, 2018, 2)), null);
    assertFalse(chart.continuous());
    assertEquals(List.of(1815, 2018), chart.slots().stream().map(YearChart.Slot::year).toList());
  }

  @Test
  void anEmptyChartHasNoSlots() {
    assertTrue(Charts.years(List.of(YearTally.empty()), null).isEmpty());
  }

  @Test
  void matrixCellsAreShadedSquaresInRowsAndColumns() {
    MatrixChart chart =
        Charts.matrix(
            List.of("North Korea", "Russia"), List.of("KP", "RU"), new long[][] {{0, 2}, {4, 0}});
    assertEquals(4, chart.cells().size());
    MatrixChart.Cell ruToKp = chart.cells().get(2);
    assertEquals(1, ruToKp.row());
    assertEquals(0, ruToKp.column());
    assertEquals(4, ruToKp.count());
    assertEquals(5, ruToKp.shade());
    assertEquals(0, chart.cells().get(0).shade());
    assertEquals(Charts.MIN_CELL, chart.cell());
    assertEquals(chart.cells().get(1).x(), chart.cells().get(0).x() + chart.cell());
    assertEquals(chart.rows().get(1).y(), chart.rows().get(0).y() + chart.cell());
    assertTrue(chart.columns().get(0).x() == chart.cells().get(0).centerX());
    assertTrue(chart.width() >= chart.cells().get(3).x() + chart.cell());
  }

  @Test
  void longNamesAreShortenedInTheChartAndLargeCountsWidenCells() {
    MatrixChart chart =
        Charts.matrix(
            List.of("The Democratic Republic of the Congo"),
            List.of("CD"),
            new long[][] {{1_234_567}});
    MatrixChart.Label row = chart.rows().get(0);
    assertEquals("The Democratic Republic o…", row.text());
    assertEquals("The Democratic Republic of the Congo", row.full());
    assertTrue(chart.cell() >= Charts.CELL_CHAR_WIDTH * "1,234,567".length());
  }
}
