package org.summitry.kernel;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AuthorityId} strings; the message names the form the file's identifiers take. */
public final class AuthorityIdValidator implements ConstraintValidator<AuthorityId, String> {

  private AuthorityId.File file;

  @Override
  public void initialize(AuthorityId annotation) {
    file = annotation.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    boolean valid =
        switch (file) {
          case WIKIDATA -> WikidataId.parse(value).isPresent();
          case GEONAMES -> GeoNamesId.parse(value).isPresent();
        };
    if (!valid) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              file == AuthorityId.File.WIKIDATA
                  ? "{org.summitry.kernel.AuthorityId.wikidata}"
                  : "{org.summitry.kernel.AuthorityId.geonames}")
          .addConstraintViolation();
    }
    return valid;
  }
}
