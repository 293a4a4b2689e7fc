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
 * A string field, or each string of an array field, has a format.
 */
@Documented
@Constraint(validatedBy = FormatValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Format.List.class)
public @interface Format {
    /** {@return the format the string value must have} */
    FormatKind value();

    /** {@return which values this use checks: all of them, all but the empty string, or only it} */
    Empty empty() default Empty.CHECK;

    /** {@return the stable rule code reported} */
    String rule() default "schema.format";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.Format.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};

    /** How a use of the constraint treats the empty string. */
    enum Empty {
        /** The empty string is checked like any other value. */
        CHECK,
        /** The empty string passes: another use reports it. */
        PASS,
        /** Only the empty string is reported, as a value to leave out; other values pass. */
        ONLY
    }

    /** Several uses with different groups or severities. */
    @Documented
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** {@return the uses} */
        Format[] value();
    }
}
