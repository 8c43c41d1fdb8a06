package org.summitry.opendata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.summitry.people.boundary.CountryView;
import org.summitry.people.boundary.People;
import org.summitry.platform.boundary.PublicAddress;
import org.summitry.platform.boundary.PublicLinks;
import org.summitry.summits.boundary.SummitPlace;
import org.summitry.summits.boundary.Summits;

/**
 * {@code /map.geojson}: the places of the published summits as a GeoJSON FeatureCollection (RFC
 * 7946), one Point feature per summit with a known place, for GIS tools and other maps. Positions
 * are longitude first, as GeoJSON has them.
 */
@Path("map.geojson")
@ApplicationScoped
public class PlacesGeoJson {

  static final String MEDIA_TYPE = "application/geo+json";

  @Inject Summits summits;
  @Inject People people;
  @Inject PublicAddress address;

  @GET
  @Produces(MEDIA_TYPE)
  public Response places() {
    List<SummitPlace> places = summits.places();
    Map<Long, CountryView> countries =
        people.countriesByIds(
            places.stream()
                .map(SummitPlace::countryId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return Response.ok(
            collection(new PublicLinks(address.base()), places, countries).toString(), MEDIA_TYPE)
        .header("Content-Disposition", "inline; filename=\"summitry-places.geojson\"")
        .build();
  }

  static JsonObject collection(
      PublicLinks links, List<SummitPlace> places, Map<Long, CountryView> countries) {
    JsonArrayBuilder features = Json.createArrayBuilder();
    for (SummitPlace place : places) {
      String url = links.summit(place.slug());
      JsonObjectBuilder properties =
          Json.createObjectBuilder().add("title", place.title()).add("slug", place.slug());
      properties.add("url", url);
      optional(properties, "date", place.date() == null ? null : place.date().text());
      optional(properties, "venue", place.venue());
      optional(properties, "city", place.city());
      CountryView country = place.countryId() == null ? null : countries.get(place.countryId());
      optional(properties, "country", country == null ? null : country.code());
      optional(properties, "countryName", country == null ? null : country.name());
      features.add(
          Json.createObjectBuilder()
              .add("type", "Feature")
              .add("id", url)
              .add(
                  "geometry",
                  Json.createObjectBuilder()
                      .add("type", "Point")
                      .add(
                          "coordinates",
                          Json.createArrayBuilder()
                              .add(place.longitude().stripTrailingZeros())
                              .add(place.latitude().stripTrailingZeros())))
              .add("properties", properties));
    }
    return Json.createObjectBuilder()
        .add("type", "FeatureCollection")
        .add("features", features)
        .build();
  }

  private static void optional(JsonObjectBuilder object, String name, String value) {
    if (value != null && !value.isBlank()) {
      object.add(name, value);
    }
  }
}
