package gov.ca.code.codejson.validation.constraints;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.json.Numbers;
import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link InRange} on a number field. */
public final class InRangeValidator implements ConstraintValidator<InRange, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public InRangeValidator() {
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        if (value instanceof Property.Present<?> present && present.get() instanceof BigDecimal number
                && !Numbers.inRange(number)) {
            Findings.report(context, "", Numbers.outOfRange(number));
            return false;
        }
        return true;
    }
}
