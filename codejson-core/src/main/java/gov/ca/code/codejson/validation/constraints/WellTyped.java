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
 * Every field of the object and every element of its arrays has the JSON type the schema gives it, and enumerated fields hold an allowed spelling. An explicit null is accepted only where the schema allows it.
 */
@Documented
@Constraint(validatedBy = WellTypedValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(WellTyped.List.class)
public @interface WellTyped {

    /** {@return the stable rule code reported} */
    String rule() default "schema.type";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.WellTyped.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};

    /** Several uses with different groups or severities. */
    @Documented
    @Target({ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** {@return the uses} */
        WellTyped[] value();
    }
}
