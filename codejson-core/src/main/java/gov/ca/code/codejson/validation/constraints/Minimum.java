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
 * A number or integer field is at least a bound (JSON Schema {@code minimum}).
 */
@Documented
@Constraint(validatedBy = MinimumValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Minimum.List.class)
public @interface Minimum {
    /** {@return the smallest allowed value} */
    long value();

    /** {@return the stable rule code reported} */
    String rule() default "schema.minimum";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.Minimum.message}";

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
        Minimum[] value();
    }
}
