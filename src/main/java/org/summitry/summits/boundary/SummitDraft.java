package org.summitry.summits.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.summitry.kernel.ValidEdtf;

/**
 * What is needed to record a summit; {@code date} is EDTF text; {@code sourceIds} are the sources
 * it cites, in order (null leaves its citations as they are); {@code latitude} and {@code
 * longitude} are decimal degrees, both or neither.
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
    List<Long> sourceIds,
    @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
    @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

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
    this(slug, title, date, city, venue, countryId, summary, participants, null, null, null);
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
        sourceIds,
        BigDecimal.valueOf(latitude),
        BigDecimal.valueOf(longitude));
  }
}
