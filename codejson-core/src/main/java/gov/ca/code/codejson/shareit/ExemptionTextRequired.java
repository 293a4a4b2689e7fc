package gov.ca.code.codejson.shareit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * When any usage type is an exemption ({@code exemptBy...}), {@code exemptionText} is a non-blank
 * justification. The SHARE IT schema states it only in prose; the DSACMS tools enforce it.
 */
@Documented
@Constraint(validatedBy = ExemptionTextRequiredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExemptionTextRequired {
    /** {@return the stable rule code reported} */
    String rule() default "shareit.exemption-text";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.shareit.ExemptionTextRequired.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
