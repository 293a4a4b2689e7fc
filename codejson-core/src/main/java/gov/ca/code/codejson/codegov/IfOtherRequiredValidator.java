package gov.ca.code.codejson.codegov;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.validation.constraints.Findings;

/** Checks {@link IfOtherRequired}. */
public final class IfOtherRequiredValidator implements ConstraintValidator<IfOtherRequired, MeasurementType> {

    @Override
    public boolean isValid(MeasurementType value, ConstraintValidatorContext context) {
        if (value == null || value.method().orElse(null) != MeasurementMethod.OTHER
                || !value.ifOther().orElse("").isBlank()) {
            return true;
        }
        Findings.report(context, "/ifOther",
                "method is \"other\", so ifOther must describe the measurement method in a sentence or two");
        return false;
    }
}
