package org.summitry.opendata.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitry.edtf.Edtf;
import org.summitry.people.boundary.CountryView;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.summits.boundary.SummitPlace;

class PlacesGeoJsonTest {

  private static final PublicLinks LINKS = new PublicLinks(URI.create("https://summitry.example/"));

  @Test
  void eachPlacedSummitIsAPointFeatureWithLongitudeFirst() {
    SummitPlace pyongyang =
        new SummitPlace(
            1L,
            "putin-kim-summit-pyongyang-2024",
            "Putin–Kim summit in Pyongyang",
            Edtf.parse("2024-06-19"),
            "Pyongyang",
            "Kumsusan Guesthouse",
            7L,
            new BigDecimal("39.039200"),
            new BigDecimal("125.762500"));
    SummitPlace south =
        new SummitPlace(
            2L,
            "s",
            "Somewhere south-west",
            null,
            null,
            null,
            null,
            new BigDecimal("-33.5"),
            new BigDecimal("-70.25"));

    JsonObject collection =
        PlacesGeoJson.collection(
            LINKS, List.of(pyongyang, south), Map.of(7L, new CountryView(7L, "KP", "North Korea")));

    assertEquals("FeatureCollection", collection.getString("type"));
    JsonArray features = collection.getJsonArray("features");
    assertEquals(2, features.size());
    JsonObject first = features.getJsonObject(0);
    assertEquals("Feature", first.getString("type"));
    assertEquals(
        "https://summitry.example/summits/putin-kim-summit-pyongyang-2024", first.getString("id"));
    JsonObject point = first.getJsonObject("geometry");
    assertEquals("Point", point.getString("type"));
    JsonArray coordinates = point.getJsonArray("coordinates");
    assertEquals(125.7625, coordinates.getJsonNumber(0).doubleValue(), 1e-9, "longitude first");
    assertEquals(39.0392, coordinates.getJsonNumber(1).doubleValue(), 1e-9);
    JsonObject properties = first.getJsonObject("properties");
    assertEquals("Putin–Kim summit in Pyongyang", properties.getString("title"));
    assertEquals("2024-06-19", properties.getString("date"));
    assertEquals("Pyongyang", properties.getString("city"));
    assertEquals("KP", properties.getString("country"));

    JsonObject second = features.getJsonObject(1);
    JsonArray southWest = second.getJsonObject("geometry").getJsonArray("coordinates");
    assertEquals(-70.25, southWest.getJsonNumber(0).doubleValue(), 1e-9);
    assertEquals(-33.5, southWest.getJsonNumber(1).doubleValue(), 1e-9);
    assertFalse(second.getJsonObject("properties").containsKey("date"), "nothing is invented");
  }

  @Test
  void anArchiveWithoutPlacesIsAnEmptyCollection() {
    JsonObject collection = PlacesGeoJson.collection(LINKS, List.of(), Map.of());
    assertEquals("FeatureCollection", collection.getString("type"));
    assertEquals(0, collection.getJsonArray("features").size());
  }
}
