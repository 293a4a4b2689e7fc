package gov.ca.code.codejson.codegov;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** California recommends a copyleft license (GPL-3.0-or-later) for open-source releases. */
@Documented
@Constraint(validatedBy = CaliforniaCopyleftValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CaliforniaCopyleft {
    /** {@return the stable rule code reported} */
    String rule() default "california.copyleft";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.CaliforniaCopyleft.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
