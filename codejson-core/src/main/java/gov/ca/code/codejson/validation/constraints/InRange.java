package gov.ca.code.codejson.validation.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A number field is within the range codejson computes with ({@link gov.ca.code.codejson.json.Numbers#inRange}),
 * so that sums and scores over it are exact and bounded.
 */
@Documented
@Constraint(validatedBy = InRangeValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface InRange {

    /** {@return the stable rule code reported} */
    String rule() default "number.out-of-range";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.InRange.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
