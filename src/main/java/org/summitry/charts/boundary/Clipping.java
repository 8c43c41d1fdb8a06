package org.summitry.charts.boundary;

import java.util.ArrayList;
import java.util.List;

/** Cutting projected rings and lines to a rectangle {minX, minY, maxX, maxY}. */
final class Clipping {

  private Clipping() {}

  /**
   * A ring cut to the box (Sutherland–Hodgman: against each edge in turn). Where the ring leaves
   * the box its cut runs along the edge, which the margin keeps out of sight.
   */
  static double[][] ring(double[][] ring, double[] box) {
    List<double[]> points = List.of(ring);
    for (int edge = 0; edge < 4 && !points.isEmpty(); edge++) {
      List<double[]> kept = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        double[] current = points.get(i);
        double[] previous = points.get((i + points.size() - 1) % points.size());
        boolean in = inside(current, edge, box);
        if (in != inside(previous, edge, box)) {
          kept.add(crossing(previous, current, edge, box));
        }
        if (in) {
          kept.add(current);
        }
      }
      points = kept;
    }
    return points.toArray(double[][]::new);
  }

  /** The stretches of a line with at least one end in the box. */
  static List<double[][]> line(double[][] line, double[] box) {
    List<double[][]> stretches = new ArrayList<>();
    List<double[]> stretch = new ArrayList<>();
    for (int i = 0; i < line.length; i++) {
      boolean near =
          in(line[i], box)
              || (i > 0 && in(line[i - 1], box))
              || (i + 1 < line.length && in(line[i + 1], box));
      if (near) {
        stretch.add(line[i]);
      } else if (!stretch.isEmpty()) {
        stretches.add(stretch.toArray(double[][]::new));
        stretch = new ArrayList<>();
      }
    }
    if (!stretch.isEmpty()) {
      stretches.add(stretch.toArray(double[][]::new));
    }
    return stretches;
  }

  private static boolean in(double[] p, double[] box) {
    return p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
  }

  private static boolean inside(double[] p, int edge, double[] box) {
    return switch (edge) {
      case 0 -> p[0] >= box[0];
      case 1 -> p[0] <= box[2];
      case 2 -> p[1] >= box[1];
      default -> p[1] <= box[3];
    };
  }

  private static double[] crossing(double[] a, double[] b, int edge, double[] box) {
    boolean vertical = edge < 2;
    double at = box[edge == 0 ? 0 : edge == 1 ? 2 : edge == 2 ? 1 : 3];
    int axis = vertical ? 0 : 1;
    double t = (at - a[axis]) / (b[axis] - a[axis]);
    return vertical
        ? new double[] {at, a[1] + t * (b[1] - a[1])}
        : new double[] {a[0] + t * (b[0] - a[0]), at};
  }
}
