package org.summitry.platform.control;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import org.summitry.edtf.Edtf;
import org.summitry.edtf.ValidEdtf;
import org.summitry.platform.boundary.Language;

/**
 * Bean Validation's messages ("must not be blank", "must be a three-letter currency code") in the
 * language of the request being served rather than the server's: forms put them after the field's
 * label, which is in the page's language. Named in {@code META-INF/validation.xml}; the provider's
 * own interpolator does the work (Hibernate Validator ships Korean and Russian, {@code
 * ValidationMessages_ko} and {@code _ru} hold ours). Outside a request the language is English. A
 * date that is not EDTF ({@link ValidEdtf}) gets the parser's explanation in that language.
 */
public class RequestLanguageMessages implements MessageInterpolator {

  private final MessageInterpolator provider =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Language.current().locale());
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    if (context.getConstraintDescriptor().getAnnotation() instanceof ValidEdtf
        && context.getValidatedValue() instanceof String typed) {
      var explanation = Edtf.problem(typed, locale);
      if (explanation.isPresent()) {
        return explanation.get();
      }
    }
    return provider.interpolate(template, context, locale);
  }
}
