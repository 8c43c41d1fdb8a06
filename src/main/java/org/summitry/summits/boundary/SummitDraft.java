package org.summitry.summits.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.summitry.kernel.ValidEdtf;

/** What is needed to record a summit; {@code date} is EDTF text. */
public record SummitDraft(
    @Size(max = 80) String slug,
    @NotBlank @Size(max = 300) String title,
    @ValidEdtf @Size(max = 100) String date,
    @Size(max = 200) String city,
    @Size(max = 300) String venue,
    Long countryId,
    @Size(max = 20000) String summary,
    @NotNull List<SummitView.ParticipantView> participants) {}
