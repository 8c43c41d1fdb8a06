package org.summitry.summits.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.summitry.edtf.ValidEdtf;
import org.summitry.journal.boundary.Draft;
import org.summitry.kernel.AuthorityId;
import org.summitry.sources.boundary.CitationDraft;
import org.summitry.sources.boundary.ClaimDraft;
import org.summitry.translations.boundary.Translation;

/**
 * What is needed to record a summit; {@code date} is EDTF text; {@code citations} are the sources
 * it cites, in order (null leaves its citations as they are); {@code wikidataId} and {@code
 * geonamesId} (the city's place) are as typed, ids or addresses, or null; {@code latitude} and
 * {@code longitude} are decimal degrees, both or neither.
 */
public record SummitDraft(
    @Size(max = 80) String slug,
    @NotBlank @Size(max = 300) String title,
    @ValidEdtf @Size(max = 100) String date,
    @Size(max = 200) String city,
    @Size(max = 300) String venue,
    Long countryId,
    @Size(max = 20000) String summary,
    @NotNull List<SummitView.ParticipantView> participants,
    List<CitationDraft> citations,
    @AuthorityId(AuthorityId.File.WIKIDATA) String wikidataId,
    @AuthorityId(AuthorityId.File.GEONAMES) String geonamesId,
    @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
    @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
    List<ClaimDraft> claims,
    List<@Valid Translation> translations)
    implements Draft {

  /** A draft that leaves the summit's translations as they are. */
  public SummitDraft(
      String slug,
      String title,
      String date,
      String city,
      String venue,
      Long countryId,
      String summary,
      List<SummitView.ParticipantView> participants,
      List<CitationDraft> citations,
      String wikidataId,
      String geonamesId,
      BigDecimal latitude,
      BigDecimal longitude,
      List<ClaimDraft> claims) {
    this(
        slug,
        title,
        date,
        city,
        venue,
        countryId,
        summary,
        participants,
        citations,
        wikidataId,
        geonamesId,
        latitude,
        longitude,
        claims,
        null);
  }

  /** This draft with these translations (null leaves the summit's as they are). */
  public SummitDraft withTranslations(List<Translation> translations) {
    return new SummitDraft(
        slug,
        title,
        date,
        city,
        venue,
        countryId,
        summary,
        participants,
        citations,
        wikidataId,
        geonamesId,
        latitude,
        longitude,
        claims,
        translations);
  }

  /** A draft that leaves the summit's claims as they are. */
  public SummitDraft(
      String slug,
      String title,
      String date,
      String city,
      String venue,
      Long countryId,
      String summary,
      List<SummitView.ParticipantView> participants,
      List<CitationDraft> citations,
      String wikidataId,
      String geonamesId,
      BigDecimal latitude,
      BigDecimal longitude) {
    this(
        slug,
        title,
        date,
        city,
        venue,
        countryId,
        summary,
        participants,
        citations,
        wikidataId,
        geonamesId,
        latitude,
        longitude,
        null);
  }

  /** This draft with these claims (null leaves the summit's claims as they are). */
  public SummitDraft withClaims(List<ClaimDraft> claims) {
    return new SummitDraft(
        slug,
        title,
        date,
        city,
        venue,
        countryId,
        summary,
        participants,
        citations,
        wikidataId,
        geonamesId,
        latitude,
        longitude,
        claims,
        translations);
  }

  /** A draft without authority links or place on the globe. */
  public SummitDraft(
      String slug,
      String title,
      String date,
      String city,
      String venue,
      Long countryId,
      String summary,
      List<SummitView.ParticipantView> participants,
      List<CitationDraft> citations) {
    this(
        slug,
        title,
        date,
        city,
        venue,
        countryId,
        summary,
        participants,
        citations,
        null,
        null,
        null,
        null);
  }

  /** A draft that leaves the summit's citations as they are. */
  public SummitDraft(
      String slug,
      String title,
      String date,
      String city,
      String venue,
      Long countryId,
      String summary,
      List<SummitView.ParticipantView> participants) {
    this(slug, title, date, city, venue, countryId, summary, participants, null);
  }

  /** This draft placed at {@code latitude}, {@code longitude} (decimal degrees). */
  public SummitDraft at(double latitude, double longitude) {
    return new SummitDraft(
        slug,
        title,
        date,
        city,
        venue,
        countryId,
        summary,
        participants,
        citations,
        wikidataId,
        geonamesId,
        BigDecimal.valueOf(latitude),
        BigDecimal.valueOf(longitude),
        claims,
        translations);
  }
}
