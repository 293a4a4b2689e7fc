package gov.ca.code.codejson.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;

/** Checks {@link NotNullValue}: the field is not an explicit null. */
public final class NotNullValueValidator implements ConstraintValidator<NotNullValue, Property<?>> {

    @Override
    public boolean isValid(Property<?> value, ConstraintValidatorContext context) {
        return !(value instanceof Property.Null<?>);
    }
}
