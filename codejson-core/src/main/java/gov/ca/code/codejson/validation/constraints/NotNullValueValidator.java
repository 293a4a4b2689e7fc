package gov.ca.code.codejson.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link NotNullValue}: the field is not an explicit null. */
public final class NotNullValueValidator implements ConstraintValidator<NotNullValue, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public NotNullValueValidator() {
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        return !(value instanceof Property.Null<?>);
    }
}
