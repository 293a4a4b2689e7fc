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
 * The object has no members beyond those its schema defines.
 */
@Documented
@Constraint(validatedBy = NoUnknownMembersValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(NoUnknownMembers.List.class)
public @interface NoUnknownMembers {

    /** {@return the stable rule code reported} */
    String rule() default "schema.additional-property";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.NoUnknownMembers.message}";

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
        NoUnknownMembers[] value();
    }
}
