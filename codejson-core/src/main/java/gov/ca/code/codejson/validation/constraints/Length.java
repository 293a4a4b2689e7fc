package gov.ca.code.codejson.validation.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A string field has a number of characters, counted as Unicode code points, within bounds (JSON Schema {@code minLength} and {@code maxLength}).
 */
@Documented
@Constraint(validatedBy = LengthValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Length.List.class)
public @interface Length {
    /** {@return the fewest characters allowed} */
    int min() default 0;

    /** {@return the most characters allowed} */
    int max() default Integer.MAX_VALUE;

    /** {@return the stable rule code reported} */
    String rule() default "schema.length";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.Length.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};

    /** Several uses with different groups or severities. */
    @Documented
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** {@return the uses} */
        Length[] value();
    }
}
