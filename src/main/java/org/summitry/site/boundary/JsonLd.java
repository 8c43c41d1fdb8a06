package org.summitry.site.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import org.summitry.media.boundary.PhotoView;

/**
 * schema.org descriptions embedded in pages for search engines and other archives. The JSON is made
 * safe to sit inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are written as
 * Unicode escapes, so no text, however hostile, can close the element.
 */
final class JsonLd {

  private JsonLd() {}

  static String imageObject(PhotoView photo, URI base) {
    JsonObjectBuilder image =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "ImageObject")
            .add("contentUrl", absolute(base, photo.fileUrl()))
            .add("thumbnailUrl", absolute(base, photo.sized(400)))
            .add("width", photo.width())
            .add("height", photo.height())
            .add("encodingFormat", photo.mediaType());
    optional(image, "caption", photo.caption());
    optional(image, "name", photo.headline());
    optional(image, "creditText", photo.creditLine());
    optional(image, "copyrightNotice", photo.copyrightNotice());
    optional(image, "license", photo.licenceWebUrl());
    optional(image, "description", photo.altText());
    if (photo.creator() != null) {
      image.add(
          "creator",
          Json.createObjectBuilder().add("@type", "Person").add("name", photo.creator()));
    }
    if (photo.taken() != null && photo.taken().htmlDatetime() != null) {
      image.add("dateCreated", photo.taken().htmlDatetime());
    }
    if (photo.location() != null) {
      image.add(
          "contentLocation",
          Json.createObjectBuilder().add("@type", "Place").add("name", photo.location()));
    }
    return scriptSafe(image.build().toString());
  }

  /** JSON that cannot end the script element it sits in. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static void optional(JsonObjectBuilder object, String name, String value) {
    if (value != null && !value.isBlank()) {
      object.add(name, value);
    }
  }

  private static String absolute(URI base, String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
  }
}
