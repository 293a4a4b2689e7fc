package gov.ca.code.codejson.validation.constraints;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.json.Numbers;
import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link Minimum} on a number or integer field. */
public final class MinimumValidator implements ConstraintValidator<Minimum, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public MinimumValidator() {
    }

    private long minimum;

    @Override
    public void initialize(Minimum annotation) {
        minimum = annotation.value();
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        if (!(value instanceof Property.Present<?> present)) {
            return true;
        }
        BigDecimal number;
        if (present.get() instanceof BigDecimal d) {
            number = d;
        } else if (present.get() instanceof Long l) {
            number = BigDecimal.valueOf(l);
        } else {
            return true;
        }
        if (number.compareTo(BigDecimal.valueOf(minimum)) >= 0) {
            return true;
        }
        Findings.report(context, "", "the value is " + Numbers.describe(number) + " but must be at least " + minimum);
        return false;
    }
}
