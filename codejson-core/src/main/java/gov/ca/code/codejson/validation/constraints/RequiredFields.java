package gov.ca.code.codejson.validation.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Each of the named fields must appear in its object: the {@link Required} fields of one record
 * that share a rule and a severity, checked in one evaluation instead of one per field.
 *
 * <p>Records do not declare it: the validator setup of a profile declares it in place of those
 * {@link Required} constraints, which stay the one declaration of each rule.
 */
@Documented
@Constraint(validatedBy = RequiredFieldsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredFields {

    /** {@return the record type the named fields are components of} */
    Class<? extends Record> type();

    /** {@return the Java names of the record components that must be defined} */
    String[] fields();

    /** {@return the stable rule code reported} */
    String rule() default "schema.required";

    /** {@return the message template} */
    String message() default "{gov.ca.code.codejson.Required.message}";

    /** {@return the profiles, as groups, this applies to} */
    Class<?>[] groups() default {};

    /** {@return the severity payload; none means error} */
    Class<? extends Payload>[] payload() default {};
}
