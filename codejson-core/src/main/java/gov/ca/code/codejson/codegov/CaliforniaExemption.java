package gov.ca.code.codejson.codegov;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** California (SAM 4984.2) recognises four exemptions: by law, national security, agency system and agency mission. */
@Documented
@Constraint(validatedBy = CaliforniaExemptionValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CaliforniaExemption {
    /** {@return the stable rule code reported} */
    String rule() default "california.exemption";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.CaliforniaExemption.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
