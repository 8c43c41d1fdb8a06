package org.summitry.charts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.summitry.charts.control.EqualEarth;
import org.summitry.charts.control.TopoJson;

/**
 * The world map the public pages draw, in SVG, from Natural Earth's boundaries at 1:110m shipped
 * with the app ({@code geo/countries-110m.json}, world-atlas's TopoJSON): no tile server, nothing
 * fetched, so it works in a closed network. The topology is decoded and projected (Equal Earth, see
 * {@link EqualEarth} for why) once, when the application starts; each land polygon and border is
 * kept as finished path data with its bounding box, so a zoomed or locator map only joins the
 * pieces it shows.
 *
 * <p>Map units: the whole world is {@link #WIDTH} wide, x east and y south as in SVG.
 */
@ApplicationScoped
public class WorldMap {

  /** Width of the whole world in map units. */
  public static final double WIDTH = 1000;

  /**
   * Map units per unit of the Equal Earth projection: a point at projected (x, y) is drawn at
   * ({@code WIDTH / 2 + SCALE * x}, {@code HEIGHT / 2 - SCALE * y}); the back office's place picker
   * turns a click back into degrees with it.
   */
  public static final double SCALE = WIDTH / (2 * EqualEarth.MAX_X);

  /** Height of the whole world in map units. */
  public static final double HEIGHT = 2 * EqualEarth.MAX_Y * SCALE;

  /** The width in CSS pixels /map draws the world at on a wide screen, for marker sizes. */
  static final double MAP_PIXELS = 1000;

  /** The width in CSS pixels of a summit page's locator map. */
  static final double LOCATOR_PIXELS = 320;

  /** Radius of a marker, in pixels on screen. */
  static final double MARKER_PIXELS = 6;

  /** Markers whose centres are closer than this, in pixels on screen, merge into one. */
  static final double CLUSTER_PIXELS = 14;

  /** A locator map shows this much of the world's width around its point. */
  static final double LOCATOR_WIDTH = 110;

  private List<Piece> land = List.of();
  private List<Piece> borders = List.of();
  private String outline = "";

  /**
   * The land and borders cut to a view, by its box: a summit page's locator asks for the same few.
   */
  private final Map<List<Double>, Clip> clips = new ConcurrentHashMap<>();

  private static final int CLIPS_KEPT = 4096;

  private record Clip(String land, String borders) {}

  /** Path data of one polygon or border line, and the box it lies in (map units). */
  record Piece(
      String path,
      List<double[][]> parts,
      boolean closed,
      double minX,
      double minY,
      double maxX,
      double maxY) {

    boolean meets(double x, double y, double width, double height) {
      return maxX >= x && minX <= x + width && maxY >= y && minY <= y + height;
    }

    boolean within(double x, double y, double width, double height) {
      return minX >= x && maxX <= x + width && minY >= y && maxY <= y + height;
    }
  }

  /** Something placed on the map at a latitude and longitude (decimal degrees). */
  public record Pin<T>(T item, double latitude, double longitude) {}

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Reading the boundaries at start-up keeps the first visitor of /map from waiting for it.
    outline.length();
  }

  /** Reads and projects the boundaries; the container calls it once, tests outside it may too. */
  @PostConstruct
  public void load() {
    try (InputStream in = WorldMap.class.getResourceAsStream("/geo/countries-110m.json")) {
      if (in == null) {
        throw new IllegalStateException("geo/countries-110m.json is missing from the WAR");
      }
      TopoJson topology = TopoJson.read(in);
      List<Piece> polygons = new ArrayList<>();
      for (List<double[][]> polygon : topology.polygons("land")) {
        polygons.addAll(pieces(polygon, true));
      }
      List<Piece> lines = new ArrayList<>();
      for (double[][] arc : topology.sharedArcs("countries")) {
        lines.addAll(pieces(List.<double[][]>of(arc), false));
      }
      land = List.copyOf(polygons);
      borders = List.copyOf(lines);
      outline = outline();
      clips.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a point falls on the whole world's map, in map units: {x, y}. */
  public static double[] project(double latitude, double longitude) {
    return new double[] {
      WIDTH / 2 + SCALE * EqualEarth.x(longitude, latitude),
      HEIGHT / 2 - SCALE * EqualEarth.y(latitude)
    };
  }

  /**
   * The map of a region with a marker for each pin in view, pins that would overlap at this zoom
   * merged into one numbered marker.
   */
  public <T> MapView<T> map(MapRegion region, List<Pin<T>> pins) {
    double[] box = box(region);
    return view(region, box, pins, MAP_PIXELS, true);
  }

  /** A small map around one point, with that point marked. */
  public <T> MapView<T> locator(Pin<T> pin) {
    double[] centre = project(pin.latitude(), pin.longitude());
    double height = LOCATOR_WIDTH * HEIGHT / WIDTH;
    double x = Math.max(0, Math.min(WIDTH - LOCATOR_WIDTH, centre[0] - LOCATOR_WIDTH / 2));
    double y = Math.max(0, Math.min(HEIGHT - height, centre[1] - height / 2));
    return view(
        MapRegion.WORLD,
        new double[] {x, y, LOCATOR_WIDTH, height},
        List.of(pin),
        LOCATOR_PIXELS,
        false);
  }

  /** The closest region of the map that shows a point: the world when none does. */
  public static MapRegion regionAround(double latitude, double longitude) {
    double[] p = project(latitude, longitude);
    MapRegion best = MapRegion.WORLD;
    double bestWidth = WIDTH;
    for (MapRegion region : MapRegion.values()) {
      double[] box = box(region);
      if (box[2] < bestWidth && Cluster.inside(p, box)) {
        best = region;
        bestWidth = box[2];
      }
    }
    return best;
  }

  private <T> MapView<T> view(
      MapRegion region, double[] box, List<Pin<T>> pins, double pixels, boolean clustered) {
    double x = box[0];
    double y = box[1];
    double width = box[2];
    double height = box[3];
    double unitsPerPixel = width / pixels;
    List<MapView.Marker<T>> markers =
        clustered
            ? cluster(region, pins, x, y, width, height, CLUSTER_PIXELS * unitsPerPixel)
            : pins.stream()
                .map(
                    p -> {
                      double[] at = project(p.latitude(), p.longitude());
                      return new MapView.Marker<>(at[0], at[1], List.of(p.item()), null);
                    })
                .toList();
    Clip clip = clipped(x, y, width, height);
    return new MapView<>(
        region,
        x,
        y,
        width,
        height,
        outline,
        clip.land(),
        clip.borders(),
        round(MARKER_PIXELS * unitsPerPixel),
        round(12 * unitsPerPixel),
        markers);
  }

  private static <T> List<MapView.Marker<T>> cluster(
      MapRegion region,
      List<Pin<T>> pins,
      double x,
      double y,
      double width,
      double height,
      double distance) {
    // Greedy, in a fixed order (north to south, west to east), so the same pins always make the
    // same markers: each pin joins the first cluster whose centre is near enough.
    List<Pin<T>> ordered =
        pins.stream()
            .sorted(
                Comparator.comparingDouble((Pin<T> p) -> -p.latitude())
                    .thenComparingDouble(Pin::longitude))
            .toList();
    List<Cluster<T>> clusters = new ArrayList<>();
    for (Pin<T> pin : ordered) {
      double[] at = project(pin.latitude(), pin.longitude());
      if (at[0] < x || at[0] > x + width || at[1] < y || at[1] > y + height) {
        continue;
      }
      Cluster<T> near =
          clusters.stream()
              .filter(c -> Math.hypot(c.x() - at[0], c.y() - at[1]) < distance)
              .findFirst()
              .orElse(null);
      if (near == null) {
        clusters.add(new Cluster<>(at, pin));
      } else {
        near.add(at, pin);
      }
    }
    return clusters.stream().map(c -> c.marker(region)).toList();
  }

  /** Pins merging into one marker; its centre is the mean of theirs. */
  private static final class Cluster<T> {
    private final List<Pin<T>> pins = new ArrayList<>();
    private final List<double[]> points = new ArrayList<>();
    private double sumX;
    private double sumY;

    Cluster(double[] at, Pin<T> pin) {
      add(at, pin);
    }

    void add(double[] at, Pin<T> pin) {
      pins.add(pin);
      points.add(at);
      sumX += at[0];
      sumY += at[1];
    }

    double x() {
      return sumX / pins.size();
    }

    double y() {
      return sumY / pins.size();
    }

    MapView.Marker<T> marker(MapRegion current) {
      MapRegion zoom = null;
      if (pins.size() > 1 && !samePlace()) {
        double currentWidth = box(current)[2];
        double best = currentWidth;
        for (MapRegion region : MapRegion.values()) {
          double[] box = box(region);
          if (box[2] < best && points.stream().allMatch(p -> inside(p, box))) {
            best = box[2];
            zoom = region;
          }
        }
      }
      return new MapView.Marker<>(
          round(x()), round(y()), pins.stream().map(Pin::item).toList(), zoom);
    }

    private boolean samePlace() {
      double[] first = points.get(0);
      return points.stream().allMatch(p -> p[0] == first[0] && p[1] == first[1]);
    }

    private static boolean inside(double[] p, double[] box) {
      return p[0] >= box[0] && p[0] <= box[0] + box[2] && p[1] >= box[1] && p[1] <= box[1] + box[3];
    }
  }

  /**
   * The region's box in map units {x, y, width, height}: its longitudes and latitudes projected (a
   * parallel's ends are farthest apart where it is longest, so the edges are sampled), widened or
   * heightened to the world's proportions about its centre.
   */
  static double[] box(MapRegion region) {
    if (region == MapRegion.WORLD) {
      return new double[] {0, 0, WIDTH, HEIGHT};
    }
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i <= 8; i++) {
      double latitude = region.south() + (region.north() - region.south()) * i / 8;
      for (double longitude : new double[] {region.west(), region.east()}) {
        double[] p = project(latitude, longitude);
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    double width = maxX - minX;
    double height = maxY - minY;
    double aspect = WIDTH / HEIGHT;
    if (width / height < aspect) {
      double wider = height * aspect;
      minX -= (wider - width) / 2;
      width = wider;
    } else {
      double taller = width / aspect;
      minY -= (taller - height) / 2;
      height = taller;
    }
    return new double[] {round(minX), round(minY), round(width), round(height)};
  }

  /**
   * The pieces in view as one path. A piece reaching out of a zoomed view is cut to the view (and a
   * margin, so no cut edge shows): a locator map of Pyongyang carries the coast of Korea, not the
   * whole of Eurasia.
   */
  private Clip clipped(double x, double y, double width, double height) {
    List<Double> box = List.of(x, y, width, height);
    Clip clip = clips.get(box);
    if (clip == null) {
      if (clips.size() >= CLIPS_KEPT) {
        clips.clear();
      }
      clip = new Clip(join(land, x, y, width, height), join(borders, x, y, width, height));
      clips.put(box, clip);
    }
    return clip;
  }

  private static String join(List<Piece> pieces, double x, double y, double width, double height) {
    StringBuilder path = new StringBuilder();
    boolean whole = width >= WIDTH && height >= HEIGHT;
    double margin = width / 20;
    double[] box = {x - margin, y - margin, x + width + margin, y + height + margin};
    for (Piece piece : pieces) {
      if (!piece.meets(x, y, width, height)) {
        continue;
      }
      if (whole || piece.within(box[0], box[1], box[2] - box[0], box[3] - box[1])) {
        path.append(piece.path());
        continue;
      }
      for (double[][] part : piece.parts()) {
        if (piece.closed()) {
          write(Clipping.ring(part, box), true, path);
        } else {
          for (double[][] line : Clipping.line(part, box)) {
            write(line, false, path);
          }
        }
      }
    }
    return path.toString();
  }

  private static void write(double[][] points, boolean closed, StringBuilder path) {
    if (points.length < (closed ? 3 : 2)) {
      return;
    }
    for (int i = 0; i < points.length; i++) {
      path.append(i == 0 ? 'M' : 'L')
          .append(tenths(Math.round(points[i][0] * 10)))
          .append(',')
          .append(tenths(Math.round(points[i][1] * 10)));
    }
    if (closed) {
      path.append('Z');
    }
  }

  /**
   * Path data of rings (closed) or lines. World-atlas leaves the antimeridian to the renderer: a
   * ring of Fiji, Chukotka or Antarctica steps from 180° to −180° and back. A line starts afresh
   * there; a ring is drawn continuous past ±180° and again a whole turn away, and the map clips
   * both to the globe's outline, so each side shows its own part.
   */
  private static List<Piece> pieces(List<double[][]> rings, boolean closed) {
    StringBuilder path = new StringBuilder();
    double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    List<double[][]> parts = new ArrayList<>();
    StringBuilder turned = new StringBuilder();
    double[] turnedBounds = bounds.clone();
    List<double[][]> turnedParts = new ArrayList<>();
    for (double[][] ring : rings) {
      if (!closed) {
        draw(ring, 0, false, path, bounds, parts);
        continue;
      }
      double[][] continuous = new double[ring.length][];
      double shift = 0;
      double beyond = 0;
      for (int i = 0; i < ring.length; i++) {
        if (i > 0) {
          double step = ring[i][0] - ring[i - 1][0];
          shift += step > 180 ? -360 : step < -180 ? 360 : 0;
        }
        continuous[i] = new double[] {ring[i][0] + shift, ring[i][1]};
        beyond = Math.abs(continuous[i][0]) > 180 ? Math.signum(continuous[i][0]) : beyond;
      }
      draw(continuous, 0, true, path, bounds, parts);
      if (beyond != 0) {
        draw(continuous, -360 * beyond, true, turned, turnedBounds, turnedParts);
      }
    }
    Piece piece =
        new Piece(path.toString(), parts, closed, bounds[0], bounds[1], bounds[2], bounds[3]);
    if (turned.isEmpty()) {
      return List.of(piece);
    }
    // The part a whole turn away is a piece of its own, so views far from it leave it out.
    return List.of(
        piece,
        new Piece(
            turned.toString(),
            turnedParts,
            true,
            turnedBounds[0],
            turnedBounds[1],
            turnedBounds[2],
            turnedBounds[3]));
  }

  private static void draw(
      double[][] positions,
      double shift,
      boolean closed,
      StringBuilder path,
      double[] bounds,
      List<double[][]> parts) {
    List<double[]> part = new ArrayList<>();
    long lastX = Long.MIN_VALUE;
    long lastY = Long.MIN_VALUE;
    double lastLongitude = Double.NaN;
    boolean first = true;
    for (double[] position : positions) {
      double longitude = position[0] + shift;
      // Equal Earth's x is proportional to longitude along a parallel, so it goes on past ±180°.
      double[] p = {
        WIDTH / 2 + SCALE * EqualEarth.x(longitude, position[1]),
        HEIGHT / 2 - SCALE * EqualEarth.y(position[1])
      };
      long tenthX = Math.round(p[0] * 10);
      long tenthY = Math.round(p[1] * 10);
      if (tenthX == lastX && tenthY == lastY) {
        continue;
      }
      boolean jump = !closed && Math.abs(longitude - lastLongitude) > 180;
      if (jump) {
        parts.add(part.toArray(double[][]::new));
        part = new ArrayList<>();
      }
      part.add(p);
      path.append(first || jump ? 'M' : 'L')
          .append(tenths(tenthX))
          .append(',')
          .append(tenths(tenthY));
      first = false;
      lastX = tenthX;
      lastY = tenthY;
      lastLongitude = longitude;
      bounds[0] = Math.min(bounds[0], p[0]);
      bounds[1] = Math.min(bounds[1], p[1]);
      bounds[2] = Math.max(bounds[2], p[0]);
      bounds[3] = Math.max(bounds[3], p[1]);
    }
    if (closed && !first) {
      path.append('Z');
    }
    if (!part.isEmpty()) {
      parts.add(part.toArray(double[][]::new));
    }
  }

  /** The globe's edge: the antimeridian on both sides, from pole to pole. */
  private static String outline() {
    StringBuilder path = new StringBuilder();
    for (int latitude = 90; latitude >= -90; latitude -= 5) {
      double[] p = project(latitude, 180);
      path.append(latitude == 90 ? 'M' : 'L')
          .append(tenths(Math.round(p[0] * 10)))
          .append(',')
          .append(tenths(Math.round(p[1] * 10)));
    }
    for (int latitude = -90; latitude <= 90; latitude += 5) {
      double[] p = project(latitude, -180);
      path.append('L')
          .append(tenths(Math.round(p[0] * 10)))
          .append(',')
          .append(tenths(Math.round(p[1] * 10)));
    }
    return path.append('Z').toString();
  }

  private static String tenths(long tenths) {
    long whole = Math.abs(tenths) / 10;
    long fraction = Math.abs(tenths) % 10;
    return (tenths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : "." + fraction);
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** A number of map units as SVG writes it: at most one decimal, none when whole. */
  static String number(double value) {
    return tenths(Math.round(value * 10));
  }
}
