package org.summitry.curation.boundary;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitry.curation.control.FormErrors;
import org.summitry.platform.boundary.Messages;

/**
 * Latitude and longitude as curators type them: decimal degrees, north and east positive
 * ("39.0392", "-33.8688"), or with the hemisphere written after them as maps and encyclopedias
 * print it ("39.0392° N", "125.7625 E"). A comma may stand for the decimal point. Anything else, or
 * a value beyond the poles or the antimeridian, is refused with a message beside its field.
 */
final class Degrees {

  private static final Pattern DEGREES =
      Pattern.compile("([-+−]?\\d{1,3}(?:[.,]\\d{1,12})?)\\s*°?\\s*([NSEWnsew])?");

  private Degrees() {}

  /** The latitude typed, or null when blank or refused (the refusal goes into {@code errors}). */
  static BigDecimal latitude(String text, FormErrors errors) {
    return parse(text, "latitude", 90, "NS", errors);
  }

  /** The longitude typed, or null when blank or refused (the refusal goes into {@code errors}). */
  static BigDecimal longitude(String text, FormErrors errors) {
    return parse(text, "longitude", 180, "EW", errors);
  }

  private static BigDecimal parse(
      String text, String field, int limit, String hemispheres, FormErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher matcher = DEGREES.matcher(text.strip());
    String hemisphere = matcher.matches() ? matcher.group(2) : null;
    if (!matcher.matches()
        || (hemisphere != null
            && hemispheres.indexOf(hemisphere.toUpperCase(Locale.ROOT).charAt(0)) < 0)
        || (hemisphere != null && !Character.isDigit(matcher.group(1).charAt(0)))) {
      errors.add(field, Messages.get("form.error.degrees", text));
      return null;
    }
    BigDecimal degrees =
        new BigDecimal(matcher.group(1).replace('−', '-').replace(',', '.').replace("+", ""));
    if (hemisphere != null && "SWsw".indexOf(hemisphere.charAt(0)) >= 0) {
      degrees = degrees.negate();
    }
    if (degrees.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      errors.add(field, Messages.get("form.error." + field, text));
      return null;
    }
    return degrees;
  }
}
