package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.summitry.kernel.Edtf;
import org.summitry.media.boundary.PhotoView;

class JsonLdTest {

  @Test
  void aPhotoIsDescribedAsAnImageObjectThatNoCaptionCanBreakOutOf() {
    PhotoView photo =
        new PhotoView(
            7L,
            "a".repeat(64),
            "image/jpeg",
            1200,
            800,
            "Dogs </script><script>alert(1)</script> & roses",
            "Pungsan dogs",
            "KCNA via REUTERS",
            "KCNA",
            "KCNA",
            Edtf.parse("2024-06-19"),
            "Kumsusan Guesthouse",
            "Pyongyang",
            "North Korea",
            null,
            "javascript:alert(1)",
            "Two dogs",
            false);
    String json = JsonLd.imageObject(photo, URI.create("https://summitry.example/"));
    assertFalse(
        json.contains("</script>") || json.contains("<"), "no markup can end the script element");
    JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
    assertEquals("ImageObject", parsed.getString("@type"));
    assertEquals(
        "Dogs </script><script>alert(1)</script> & roses",
        parsed.getString("caption"),
        "the text itself is intact");
    assertEquals("KCNA via REUTERS", parsed.getString("creditText"));
    assertEquals(
        "https://summitry.example/files/" + "a".repeat(64), parsed.getString("contentUrl"));
    assertEquals("2024-06-19", parsed.getString("dateCreated"));
    assertTrue(!parsed.containsKey("license"), "a javascript: licence is not offered as a link");
  }
}
