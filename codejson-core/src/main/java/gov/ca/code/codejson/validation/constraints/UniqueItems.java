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
 * The elements of an array field are all different, compared as JSON values (JSON Schema {@code uniqueItems}).
 */
@Documented
@Constraint(validatedBy = UniqueItemsValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(UniqueItems.List.class)
public @interface UniqueItems {

    /** {@return the stable rule code reported} */
    String rule() default "schema.unique-items";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.UniqueItems.message}";

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
        UniqueItems[] value();
    }
}
