package gov.ca.code.codejson.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link NotEmptyString}. */
public final class NotEmptyStringValidator implements ConstraintValidator<NotEmptyString, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public NotEmptyStringValidator() {
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        if (value instanceof Property.Present<?> p && p.get() instanceof String s && s.isBlank()) {
            Findings.report(context, "", "the value is " + (s.isEmpty() ? "empty" : "blank")
                    + "; leave an optional field out rather than writing an empty string");
            return false;
        }
        return true;
    }
}
