package gov.ca.code.codejson.codegov;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Hints that make a release easier to find and trust: a description that says more than the name, at least three tags, no placeholder text. */
@Documented
@Constraint(validatedBy = QualityHintsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QualityHints {
    /** {@return the stable rule code reported} */
    String rule() default "quality";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.QualityHints.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
