package gov.ca.code.codejson.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link Required}: the field appears, with any value. */
public final class RequiredValidator implements ConstraintValidator<Required, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public RequiredValidator() {
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        return value != null && value.isDefined();
    }
}
