package org.summitry.summits.boundary;

import java.util.List;
import org.summitry.kernel.Edtf;
import org.summitry.summits.entity.Summit;

/**
 * A summit as pages show it. The host country and the participants are ids of the people component;
 * pages look them up there.
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
    List<ParticipantView> participants) {

  /** A participant: the person's id and their role at the summit. */
  public record ParticipantView(Long personId, String role) implements Summit.ParticipantSource {}
}
