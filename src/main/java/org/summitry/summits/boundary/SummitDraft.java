package org.summitry.summits.boundary;

import java.util.List;

/** What is needed to record a summit; {@code date} is EDTF text. */
public record SummitDraft(
    String slug,
    String title,
    String date,
    String city,
    String venue,
    Long countryId,
    String summary,
    List<SummitView.ParticipantView> participants) {}
