package org.summitry.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitry.kernel.EntryType;
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

  private static String value(JsonObject languageMap) {
    return languageMap.getJsonArray("en").getValuesAs(JsonString.class).get(0).getString();
  }
}
