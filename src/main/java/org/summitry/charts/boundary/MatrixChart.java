package org.summitry.charts.boundary;

import java.util.List;

/**
 * A matrix of counts laid out by {@link Charts#matrix}: square cells of side {@code cell} right of
 * the row labels (which end at {@code plotLeft}), row labels right-aligned at their {@code x},
 * column labels centred on theirs, each cell with its shading level (0 for none, then 1 to 5).
 */
public record MatrixChart(
    int width,
    int height,
    int cell,
    int plotLeft,
    List<Label> rows,
    List<Label> columns,
    List<Cell> cells) {

  /** A row or column label as drawn ({@code text}, perhaps shortened) and in full. */
  public record Label(String text, String full, int x, int y) {}

  /** The count of row {@code row} and column {@code column}, where it is drawn and its shade. */
  public record Cell(
      int row,
      int column,
      long count,
      int x,
      int y,
      int size,
      int centerX,
      int centerY,
      int shade) {}
}
