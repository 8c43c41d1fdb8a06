package org.summitry.edtf;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string must be an EDTF date that {@link Edtf#parse} accepts. Null and blank strings
 * pass, so that optional dates stay optional; combine with {@code @NotBlank} when a date is
 * required. A violation reports the parser's own explanation, such as "“2024-02-30” is not a valid
 * date: February 2024 has 29 days."
 */
@Documented
@Constraint(validatedBy = ValidEdtfValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidEdtf {

  String message() default "{org.summitry.edtf.ValidEdtf.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
