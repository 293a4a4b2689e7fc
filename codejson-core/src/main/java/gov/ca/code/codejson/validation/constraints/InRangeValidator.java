package gov.ca.code.codejson.validation.constraints;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.json.Numbers;
import gov.ca.code.codejson.model.Property;

/** Checks {@link InRange} on a number field. */
public final class InRangeValidator implements ConstraintValidator<InRange, Property<?>> {

    @Override
    public boolean isValid(Property<?> value, ConstraintValidatorContext context) {
        if (value instanceof Property.Present<?> present && present.get() instanceof BigDecimal number
                && !Numbers.inRange(number)) {
            Findings.report(context, "", Numbers.outOfRange(number));
            return false;
        }
        return true;
    }
}
