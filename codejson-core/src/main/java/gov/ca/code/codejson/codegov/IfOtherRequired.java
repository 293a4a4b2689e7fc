package gov.ca.code.codejson.codegov;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * When the measurement method is {@code other}, {@code ifOther} describes it. One use reports an
 * {@code ifOther} that is missing, another one that is present but blank, each with its severity.
 */
@Documented
@Constraint(validatedBy = IfOtherRequiredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(IfOtherRequired.List.class)
public @interface IfOtherRequired {
    /** {@return whether this use reports a blank ifOther rather than a missing one} */
    boolean blank() default false;

    /** {@return the stable rule code reported} */
    String rule() default "codegov.if-other";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.IfOtherRequired.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};

    /** Several uses with different severities. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** {@return the uses} */
        IfOtherRequired[] value();
    }
}
