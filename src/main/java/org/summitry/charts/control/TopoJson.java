package org.summitry.charts.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A TopoJSON topology (the format of Natural Earth's boundaries as world-atlas ships them) read
 * into plain coordinates. TopoJSON stores each shared boundary once as an "arc" of quantized,
 * delta-encoded positions; polygons list the arcs of their rings by index, a negative index {@code
 * ~i} meaning arc {@code i} walked backwards.
 */
public final class TopoJson {

  private final List<double[][]> arcs;
  private final JsonObject objects;

  private TopoJson(List<double[][]> arcs, JsonObject objects) {
    this.arcs = arcs;
    this.objects = objects;
  }

  /** Reads a topology; its arcs become longitude/latitude pairs in degrees. */
  public static TopoJson read(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject topology = reader.readObject();
      JsonObject transform = topology.getJsonObject("transform");
      double[] scale = {1, 1};
      double[] translate = {0, 0};
      if (transform != null) {
        scale = pair(transform.getJsonArray("scale"));
        translate = pair(transform.getJsonArray("translate"));
      }
      List<double[][]> arcs = new ArrayList<>();
      for (JsonValue value : topology.getJsonArray("arcs")) {
        JsonArray positions = value.asJsonArray();
        double[][] arc = new double[positions.size()][];
        double x = 0;
        double y = 0;
        for (int i = 0; i < positions.size(); i++) {
          double[] position = pair(positions.getJsonArray(i));
          if (transform == null) {
            x = position[0];
            y = position[1];
          } else {
            x += position[0];
            y += position[1];
          }
          arc[i] =
              transform == null
                  ? new double[] {x, y}
                  : new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]};
        }
        arcs.add(arc);
      }
      return new TopoJson(arcs, topology.getJsonObject("objects"));
    }
  }

  private static double[] pair(JsonArray array) {
    return new double[] {
      ((JsonNumber) array.get(0)).doubleValue(), ((JsonNumber) array.get(1)).doubleValue()
    };
  }

  /** How many arcs the topology has. */
  public int arcCount() {
    return arcs.size();
  }

  /** An arc's positions in order, or reversed for a negative index ({@code ~i}). */
  public double[][] arc(int index) {
    if (index >= 0) {
      return arcs.get(index);
    }
    double[][] forward = arcs.get(~index);
    double[][] backward = new double[forward.length][];
    for (int i = 0; i < forward.length; i++) {
      backward[i] = forward[forward.length - 1 - i];
    }
    return backward;
  }

  /**
   * The polygons of a named object (a GeometryCollection of Polygons and MultiPolygons), each a
   * list of rings, each ring a closed list of longitude/latitude positions.
   */
  public List<List<double[][]>> polygons(String object) {
    List<List<double[][]>> polygons = new ArrayList<>();
    for (JsonValue geometry : geometries(object)) {
      JsonObject shape = geometry.asJsonObject();
      switch (shape.getString("type", "")) {
        case "Polygon" -> polygons.add(rings(shape.getJsonArray("arcs")));
        case "MultiPolygon" ->
            shape.getJsonArray("arcs").forEach(p -> polygons.add(rings(p.asJsonArray())));
        default -> {}
      }
    }
    return polygons;
  }

  /**
   * Arcs that two geometries of an object share, each once: the borders between its countries,
   * without the coastlines.
   */
  public List<double[][]> sharedArcs(String object) {
    int[] uses = new int[arcs.size()];
    for (JsonValue geometry : geometries(object)) {
      JsonObject shape = geometry.asJsonObject();
      JsonArray nested = shape.getJsonArray("arcs");
      if (nested == null) {
        continue;
      }
      boolean multi = "MultiPolygon".equals(shape.getString("type", ""));
      for (JsonValue part : multi ? nested : List.of((JsonValue) nested)) {
        for (JsonValue ring : part.asJsonArray()) {
          for (JsonValue index : ring.asJsonArray()) {
            int i = ((JsonNumber) index).intValue();
            uses[i < 0 ? ~i : i]++;
          }
        }
      }
    }
    List<double[][]> shared = new ArrayList<>();
    for (int i = 0; i < uses.length; i++) {
      if (uses[i] > 1) {
        shared.add(arcs.get(i));
      }
    }
    return shared;
  }

  private JsonArray geometries(String object) {
    JsonObject collection = objects.getJsonObject(object);
    if (collection == null) {
      throw new IllegalArgumentException("the topology has no object " + object);
    }
    return collection.getJsonArray("geometries");
  }

  private List<double[][]> rings(JsonArray polygon) {
    List<double[][]> rings = new ArrayList<>();
    for (JsonValue ring : polygon) {
      List<double[]> positions = new ArrayList<>();
      for (JsonValue index : ring.asJsonArray()) {
        double[][] arc = arc(((JsonNumber) index).intValue());
        // Consecutive arcs share their end and start: keep that position once.
        for (int i = positions.isEmpty() ? 0 : 1; i < arc.length; i++) {
          positions.add(arc[i]);
        }
      }
      rings.add(positions.toArray(double[][]::new));
    }
    return rings;
  }
}
