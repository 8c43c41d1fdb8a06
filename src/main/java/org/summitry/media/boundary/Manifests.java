package org.summitry.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.summitry.gifts.boundary.Gifts;
import org.summitry.kernel.EntryType;
import org.summitry.people.boundary.People;

/**
 * IIIF Presentation API 3.0 manifests of galleries, so the photos of a summit or a gift open in any
 * IIIF viewer (Mirador, Universal Viewer): a Canvas per photo painted with its largest derivative,
 * the credit line as the required statement, the licence as rights when it is one IIIF accepts, and
 * the people and gifts tagged in it as annotations (see {@link #tagging}). Every label, summary and
 * statement is plain text, never HTML (see {@link #plainText}).
 */
@ApplicationScoped
public class Manifests {

  /** Looked up once: {@code Json.create…} looks it up through the class loader at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";

  @Inject Photos photos;
  @Inject People people;
  @Inject Gifts gifts;

  /**
   * The manifest of an entry's published gallery.
   *
   * @param self the manifest's own absolute address, from which canvas ids are made
   */
  public JsonObject gallery(
      EntryType type, Long entryId, String title, String summary, URI self, URI base) {
    List<PhotoView> gallery = photos.gallery(type, entryId);
    Map<Long, List<RegionView>> regions =
        photos.regionsByPhoto(gallery.stream().map(PhotoView::id).toList());
    Subjects subjects = subjects(regions.values().stream().flatMap(List::stream).toList(), base);
    JsonArrayBuilder canvases = JSON.createArrayBuilder();
    int n = 0;
    for (PhotoView photo : gallery) {
      n++;
      canvases.add(
          canvas(
              photo,
              self + "/canvas/" + n,
              base,
              regions.getOrDefault(photo.id(), List.of()),
              subjects));
    }
    JsonObjectBuilder manifest =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("id", self.toString())
            .add("type", "Manifest")
            .add("label", language(title));
    if (summary != null && !summary.isBlank()) {
      manifest.add("summary", language(summary));
    }
    return manifest.add("items", canvases).build();
  }

  /** The names and public addresses of the published persons and gifts that regions show. */
  private record Subjects(Map<Long, Named> people, Map<Long, Named> gifts) {
    Named of(RegionView region) {
      return region.showsPerson() ? people.get(region.personId()) : gifts.get(region.giftId());
    }
  }

  private record Named(String name, String url) {}

  private Subjects subjects(List<RegionView> regions, URI base) {
    Map<Long, Named> persons = new HashMap<>();
    Map<Long, Named> things = new HashMap<>();
    if (!regions.isEmpty()) {
      people
          .peopleByIds(regions.stream().map(RegionView::personId).filter(Objects::nonNull).toList())
          .values()
          .forEach(
              p -> persons.put(p.id(), new Named(p.name(), absolute(base, "/people/" + p.slug()))));
      gifts
          .giftsByIds(regions.stream().map(RegionView::giftId).filter(Objects::nonNull).toList())
          .values()
          .forEach(
              g -> things.put(g.id(), new Named(g.title(), absolute(base, "/gifts/" + g.slug()))));
    }
    return new Subjects(persons, things);
  }

  /**
   * The tags of a photo as W3C Web Annotations on its canvas, which IIIF viewers such as Mirador
   * show: motivation "tagging", the name as a TextualBody and the page of the person or gift as a
   * second body, the target the canvas with an {@code xywh} fragment of the region, scaled from the
   * photo's pixels to the canvas's. Tags of unpublished persons or gifts are left out.
   */
  private static JsonArrayBuilder tagging(
      List<RegionView> regions, Subjects subjects, String canvasId, double scale) {
    JsonArrayBuilder tags = JSON.createArrayBuilder();
    for (RegionView region : regions) {
      Named named = subjects.of(region);
      if (named == null) {
        continue;
      }
      tags.add(
          JSON.createObjectBuilder()
              .add("id", canvasId + "/tags/" + region.id())
              .add("type", "Annotation")
              .add("motivation", "tagging")
              .add(
                  "body",
                  JSON.createArrayBuilder()
                      .add(
                          JSON.createObjectBuilder()
                              .add("type", "TextualBody")
                              .add("value", plainText(named.name()))
                              .add("format", "text/plain")
                              .add("purpose", "tagging"))
                      .add(
                          JSON.createObjectBuilder()
                              .add("id", named.url())
                              .add("type", "Text")
                              .add("format", "text/html")
                              .add("label", language(named.name()))))
              .add("target", canvasId + "#xywh=" + region.xywh(scale)));
    }
    return tags;
  }

  private static JsonObject canvas(
      PhotoView photo, String id, URI base, List<RegionView> regions, Subjects subjects) {
    List<Integer> widths = photo.widths();
    int largestName = widths.get(widths.size() - 1);
    int largest = photo.widthAt(largestName);
    int largestHeight = Math.max(1, Math.round((float) photo.height() * largest / photo.width()));
    int thumbName = widths.get(0);
    int thumbWidth = photo.widthAt(thumbName);
    int thumbHeight = Math.max(1, Math.round((float) photo.height() * thumbWidth / photo.width()));
    JsonObject image =
        JSON.createObjectBuilder()
            .add("id", absolute(base, photo.derivativeUrl("w" + largestName)))
            .add("type", "Image")
            .add("format", "image/jpeg")
            .add("width", largest)
            .add("height", largestHeight)
            .build();
    JsonObjectBuilder canvas =
        JSON.createObjectBuilder()
            .add("id", id)
            .add("type", "Canvas")
            .add(
                "label",
                language(photo.headline() != null ? photo.headline() : "Photograph " + photo.id()))
            .add("width", largest)
            .add("height", largestHeight)
            .add(
                "thumbnail",
                JSON.createArrayBuilder()
                    .add(
                        JSON.createObjectBuilder()
                            .add("id", absolute(base, photo.derivativeUrl("w" + thumbName)))
                            .add("type", "Image")
                            .add("format", "image/jpeg")
                            .add("width", thumbWidth)
                            .add("height", thumbHeight)));
    if (photo.caption() != null) {
      canvas.add("summary", language(photo.caption()));
    }
    if (photo.creditLine() != null) {
      canvas.add(
          "requiredStatement",
          JSON.createObjectBuilder()
              .add("label", language("Credit"))
              .add("value", language(photo.creditLine())));
    }
    String rights = rights(photo.licenceUrl());
    if (rights != null) {
      canvas.add("rights", rights);
    }
    canvas.add(
        "items",
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("id", id + "/page")
                    .add("type", "AnnotationPage")
                    .add(
                        "items",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("id", id + "/page/painting")
                                    .add("type", "Annotation")
                                    .add("motivation", "painting")
                                    .add("body", image)
                                    .add("target", id)))));
    JsonArray tags = tagging(regions, subjects, id, (double) largest / photo.width()).build();
    if (!tags.isEmpty()) {
      canvas.add(
          "annotations",
          JSON.createArrayBuilder()
              .add(
                  JSON.createObjectBuilder()
                      .add("id", id + "/tags")
                      .add("type", "AnnotationPage")
                      .add("items", tags)));
    }
    return canvas.build();
  }

  /** IIIF accepts as rights only Creative Commons and RightsStatements.org addresses. */
  static String rights(String licence) {
    if (licence == null) {
      return null;
    }
    String url = licence.strip();
    boolean accepted =
        url.matches("https?://creativecommons\\.org/(licenses|publicdomain)/.+")
            || url.matches("https?://rightsstatements\\.org/(vocab|page)/.+");
    return accepted ? url : null;
  }

  /** A language map holding one value, always plain text (see {@link #plainText}). */
  private static JsonObject language(String text) {
    return JSON.createObjectBuilder()
        .add("en", JSON.createArrayBuilder().add(plainText(text)))
        .build();
  }

  /**
   * {@code text} as a value IIIF clients read as plain text. Presentation 3.0 (section 4.4, "HTML
   * Markup in Property Values") tells clients to take a value as HTML when its first character is
   * {@code <} and its last {@code >}, so a title such as {@code <script>…</script>} would be markup
   * to a viewer. Such a value gets U+200B ZERO WIDTH SPACE in front: its first character is then
   * not {@code <}, which the spec says makes it plain text, and nothing shows. The spec itself
   * suggests adding a whitespace character at the end instead, but clients that trim values before
   * the test (JavaScript's {@code trim()} and {@code \s} remove spaces, not U+200B) would still
   * take that for HTML. Other values are left as they are.
   */
  static String plainText(String text) {
    return text.startsWith("<") && text.endsWith(">") ? "\u200B" + text : text;
  }

  private static String absolute(URI base, String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
  }
}
