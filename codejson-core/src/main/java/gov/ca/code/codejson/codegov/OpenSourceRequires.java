package gov.ca.code.codejson.codegov;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An open-source release has a {@code repositoryURL} and {@code permissions.licenses}; other releases may leave them out or null, as the schema's own description allows. */
@Documented
@Constraint(validatedBy = OpenSourceRequiresValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenSourceRequires {
    /** {@return the stable rule code reported} */
    String rule() default "codegov.open-source";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.OpenSourceRequires.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
