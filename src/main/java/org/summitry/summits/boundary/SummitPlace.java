package org.summitry.summits.boundary;

import java.math.BigDecimal;
import org.summitry.edtf.Edtf;

/**
 * A published summit as a map shows it: what, when and where, with its place on the globe in
 * decimal degrees; read without its participants, so a map of every summit stays one query.
 */
public record SummitPlace(
    Long id,
    String slug,
    String title,
    Edtf date,
    String city,
    String venue,
    Long countryId,
    BigDecimal latitude,
    BigDecimal longitude) {}
