package gov.ca.code.codejson.codegov;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A release under an exemption justifies it in a non-blank {@code exemptionText}. */
@Documented
@Constraint(validatedBy = ExemptionTextRequiredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExemptionTextRequired {
    /** {@return the stable rule code reported} */
    String rule() default "codegov.exemption-text";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.ExemptionTextRequired.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
