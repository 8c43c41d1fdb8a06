package org.summitry.summits.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.summitry.edtf.Edtf;
import org.summitry.kernel.GeoNamesId;
import org.summitry.kernel.WikidataId;
import org.summitry.summits.entity.Summit;
import org.summitry.translations.boundary.Translation;

/**
 * A summit as pages show it. The host country and the participants are ids of the people component;
 * pages look them up there. {@code wikidataId} is the summit's Wikidata item, {@code geonamesId}
 * its city's place in GeoNames; either may be null. {@code latitude} and {@code longitude} are
 * decimal degrees, both null when the place is not known.
 */
public record SummitView(
    Long id,
    String slug,
    String title,
    Edtf date,
    String city,
    String venue,
    Long countryId,
    String summary,
    List<ParticipantView> participants,
    String wikidataId,
    Long geonamesId,
    BigDecimal latitude,
    BigDecimal longitude) {

  /** A summit without authority links or place on the globe. */
  public SummitView(
      Long id,
      String slug,
      String title,
      Edtf date,
      String city,
      String venue,
      Long countryId,
      String summary,
      List<ParticipantView> participants) {
    this(
        id,
        slug,
        title,
        date,
        city,
        venue,
        countryId,
        summary,
        participants,
        null,
        null,
        null,
        null);
  }

  /**
   * This summit with its title and summary in another language where {@code translation} gives
   * them, its own where not; itself for no translation.
   */
  public SummitView translated(Translation translation) {
    if (translation == null) {
      return this;
    }
    return new SummitView(
        id,
        slug,
        translation.title() == null ? title : translation.title(),
        date,
        city,
        venue,
        countryId,
        translation.text() == null ? summary : translation.text(),
        participants,
        wikidataId,
        geonamesId,
        latitude,
        longitude);
  }

  /** The summit's Wikidata item, or null. */
  public WikidataId wikidata() {
    return WikidataId.parse(wikidataId).orElse(null);
  }

  /** The city's place in GeoNames, or null. */
  public GeoNamesId geonames() {
    return geonamesId == null ? null : GeoNamesId.parse(geonamesId.toString()).orElse(null);
  }

  /** Whether the summit's place on the globe is known. */
  public boolean placed() {
    return latitude != null && longitude != null;
  }

  /** A participant: the person's id and their role at the summit. */
  public record ParticipantView(Long personId, String role) implements Summit.ParticipantSource {}
}
