package gov.ca.code.codejson.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;

/** Checks {@link Required}: the field appears, with any value. */
public final class RequiredValidator implements ConstraintValidator<Required, Property<?>> {

    @Override
    public boolean isValid(Property<?> value, ConstraintValidatorContext context) {
        return value != null && value.isDefined();
    }
}
