package org.summitry.summits.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.summitry.kernel.Edtf;
import org.summitry.summits.entity.Summit;

/**
 * A summit as pages show it. The host country and the participants are ids of the people component;
 * pages look them up there. {@code latitude} and {@code longitude} are decimal degrees, both null
 * when the place is not known.
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
    BigDecimal latitude,
    BigDecimal longitude) {

  /** Whether the summit's place on the globe is known. */
  public boolean placed() {
    return latitude != null && longitude != null;
  }

  /** A participant: the person's id and their role at the summit. */
  public record ParticipantView(Long personId, String role) implements Summit.ParticipantSource {}
}
