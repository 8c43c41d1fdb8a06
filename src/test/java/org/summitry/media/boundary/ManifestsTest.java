package org.summitry.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.summitry.gifts.boundary.GiftView;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.people.boundary.People;
import org.summitry.people.boundary.PersonView;
import org.summitry.testing.PhotoViews;

/** IIIF manifests say everything as plain text, whatever the curators typed. */
class ManifestsTest {

  private static final String SCRIPT = "<script>alert(1)</script>";

  @Test
  void textsThatLookLikeHtmlAreNotHtmlToIiifViewers() {
    Manifests manifests = new Manifests();
    manifests.photos =
        new Photos() {
          @Override
          public List<PhotoView> gallery(EntryType type, Long entryId) {
            return List.of(
                PhotoViews.photo(
                    7, "ab7", "<b>Kim</b> and <i>Putin</i>", SCRIPT, "<p>KCNA</p>", "x"),
                PhotoViews.photo(8, "ab8", "Dogs <in> the garden", "Dogs", "KCNA", "y"));
          }

          @Override
          public Map<Long, List<RegionView>> regionsByPhoto(Collection<Long> photoIds) {
            return Map.of();
          }
        };

    JsonObject manifest =
        manifests.gallery(
            EntryType.SUMMIT,
            1L,
            "<img src=x onerror=alert(1)>",
            "<p>Putin and Kim</p>",
            URI.create("https://summitry.example/iiif/summits/x/manifest"),
            URI.create("https://summitry.example/"));

    List<String> values = new ArrayList<>();
    values.add(value(manifest.getJsonObject("label")));
    values.add(value(manifest.getJsonObject("summary")));
    for (JsonObject canvas : manifest.getJsonArray("items").getValuesAs(JsonObject.class)) {
      values.add(value(canvas.getJsonObject("label")));
      values.add(value(canvas.getJsonObject("summary")));
      values.add(value(canvas.getJsonObject("requiredStatement").getJsonObject("label")));
      values.add(value(canvas.getJsonObject("requiredStatement").getJsonObject("value")));
    }

    for (String value : values) {
      assertFalse(
          value.startsWith("<") && value.endsWith(">"), () -> "read as HTML by viewers: " + value);
    }
    assertEquals(
        List.of(
            "<img src=x onerror=alert(1)>",
            "<p>Putin and Kim</p>",
            SCRIPT,
            "<b>Kim</b> and <i>Putin</i>",
            "Credit",
            "<p>KCNA</p>",
            "Dogs",
            "Dogs <in> the garden",
            "Credit",
            "KCNA"),
        values.stream().map(v -> v.replace("\u200B", "")).toList(),
        "the text itself is unchanged");
    assertEquals("Dogs <in> the garden", values.get(7), "plain text is left alone");
  }

  @Test
  void peopleAndGiftsTaggedInAPhotoAreAnnotationsOnItsCanvasThatValidate() throws Exception {
    PhotoView dogs =
        new PhotoView(
            9L,
            "ab9",
            "image/jpeg",
            3200,
            2000,
            "Kim and Putin with the dogs",
            "Dogs",
            "KCNA",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Two men and two dogs",
            false);
    List<RegionView> regions =
        List.of(
            new RegionView(21L, 9L, 200, 300, 600, 1200, 1L, null, null, 3200, 2000),
            new RegionView(22L, 9L, 1000, 1400, 400, 500, null, 5L, null, 3200, 2000),
            new RegionView(23L, 9L, 2400, 200, 700, 1500, 2L, null, null, 3200, 2000),
            new RegionView(24L, 9L, 1500, 100, 100, 100, 3L, null, null, 3200, 2000));
    Manifests manifests = new Manifests();
    manifests.photos =
        new Photos() {
          @Override
          public List<PhotoView> gallery(EntryType type, Long entryId) {
            return List.of(dogs);
          }

          @Override
          public Map<Long, List<RegionView>> regionsByPhoto(Collection<Long> photoIds) {
            return Map.of(9L, regions);
          }
        };
    manifests.people =
        new People() {
          @Override
          public Map<Long, PersonView> peopleByIds(Collection<Long> ids) {
            // Person 3 is a draft: the public archive does not know them.
            return Map.of(
                1L,
                    new PersonView(
                        1L, "kim-jong-un", "Kim Jong Un", null, List.of(), null, null, null),
                2L,
                    new PersonView(
                        2L, "vladimir-putin", "Vladimir Putin", null, List.of(), null, null, null));
          }
        };
    manifests.gifts =
        new Gifts() {
          @Override
          public Map<Long, GiftView> giftsByIds(Collection<Long> ids) {
            return Map.of(
                5L,
                new GiftView(
                    5L,
                    "pungsan-dogs",
                    "Pair of Pungsan dogs",
                    null,
                    null,
                    2,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
          }
        };

    JsonObject manifest =
        manifests.gallery(
            EntryType.SUMMIT,
            1L,
            "Putin in Pyongyang",
            null,
            URI.create("https://summitry.example/iiif/summits/x/manifest"),
            URI.create("https://summitry.example/"));

    JsonObject canvas = manifest.getJsonArray("items").getJsonObject(0);
    String canvasId = canvas.getString("id");
    JsonObject page = canvas.getJsonArray("annotations").getJsonObject(0);
    assertEquals("AnnotationPage", page.getString("type"));
    List<JsonObject> tags = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(3, tags.size(), "the draft person's tag is left out");
    List<String> targets = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JsonObject tag : tags) {
      assertEquals("Annotation", tag.getString("type"));
      assertEquals("tagging", tag.getString("motivation"));
      targets.add(tag.getString("target"));
      names.add(tag.getJsonArray("body").getJsonObject(0).getString("value"));
    }
    assertEquals(
        List.of(
            canvasId + "#xywh=100,150,300,600",
            canvasId + "#xywh=500,700,200,250",
            canvasId + "#xywh=1200,100,350,750"),
        targets,
        "regions scaled from the 3200 pixels of the photo to the 1600 of the canvas");
    assertEquals(List.of("Kim Jong Un", "Pair of Pungsan dogs", "Vladimir Putin"), names);
    assertEquals(
        "https://summitry.example/people/kim-jong-un",
        tags.get(0).getJsonArray("body").getJsonObject(1).getString("id"));

    Path schemaFile = Path.of("..", "shared", "data", "schemas", "iiif-presentation-3.json");
    Assumptions.assumeTrue(
        Files.exists(schemaFile), "the IIIF schema is not beside the project; validation skipped");
    JsonSchema schema;
    try (var in = Files.newInputStream(schemaFile)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    Set<ValidationMessage> problems =
        schema.validate(new ObjectMapper().readTree(manifest.toString()));
    assertTrue(problems.isEmpty(), () -> "the manifest breaks the IIIF schema: " + problems);
  }

  private static String value(JsonObject languageMap) {
    return languageMap.getJsonArray("en").getValuesAs(JsonString.class).get(0).getString();
  }
}
