package gov.ca.code.codejson.codegov;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.validation.constraints.Findings;

import org.jspecify.annotations.Nullable;

/** Checks {@link IfOtherRequired}. */
public final class IfOtherRequiredValidator implements ConstraintValidator<IfOtherRequired, MeasurementType> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public IfOtherRequiredValidator() {
    }

    private boolean blank;

    @Override
    public void initialize(IfOtherRequired annotation) {
        blank = annotation.blank();
    }

    @Override
    public boolean isValid(@Nullable MeasurementType value, ConstraintValidatorContext context) {
        if (value == null || value.method().orElse(null) != MeasurementMethod.OTHER) {
            return true;
        }
        boolean present = value.ifOther() instanceof Property.Present<String>;
        if (!blank && !present) {
            Findings.report(context, "/ifOther",
                    "method is \"other\", so ifOther must describe the measurement method in a sentence or two");
            return false;
        }
        if (blank && present && value.ifOther().orElse("").isBlank()) {
            Findings.report(context, "/ifOther",
                    "method is \"other\" but ifOther is empty; describe the measurement method in a sentence or two");
            return false;
        }
        return true;
    }
}
