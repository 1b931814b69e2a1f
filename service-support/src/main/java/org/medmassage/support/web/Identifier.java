package org.medmassage.support.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An identifier in a request (member, plan, referral, authorization number, NPI): at most {@value #MAX_LENGTH}
 * characters, no spaces or control characters. Over-long or odd ones are a 400 naming the field, never stored.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = Identifier.MAX_LENGTH)
@Pattern(regexp = "[^\\p{Cntrl}\\s]*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

    int MAX_LENGTH = 64;

    String message() default "must be an identifier of at most " + MAX_LENGTH
            + " characters without spaces or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
