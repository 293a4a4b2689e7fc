package gov.ca.code.codejson.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.text.Counts;

import org.jspecify.annotations.Nullable;

/** Checks {@link Length}, counting characters as Unicode code points as JSON Schema does. */
public final class LengthValidator implements ConstraintValidator<Length, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public LengthValidator() {
    }

    private int min;
    private int max;

    @Override
    public void initialize(Length annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        if (!(value instanceof Property.Present<?> present) || !(present.get() instanceof String s)) {
            return true;
        }
        int length = s.codePointCount(0, s.length());
        if (length < min) {
            Findings.report(context, "", "the text has " + Counts.of(length, "character") + " but needs at least " + min
                    + "; write " + (min - length) + " more");
            return false;
        }
        if (length > max) {
            Findings.report(context, "", "the text has " + Counts.of(length, "character") + " but may have at most " + max
                    + "; shorten it by " + (length - max));
            return false;
        }
        return true;
    }
}
