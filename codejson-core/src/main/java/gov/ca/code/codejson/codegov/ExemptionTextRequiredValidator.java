package gov.ca.code.codejson.codegov;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.validation.constraints.Findings;

import org.jspecify.annotations.Nullable;

/** Checks {@link ExemptionTextRequired}. */
public final class ExemptionTextRequiredValidator implements ConstraintValidator<ExemptionTextRequired, Permissions> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public ExemptionTextRequiredValidator() {
    }

    @Override
    public boolean isValid(@Nullable Permissions value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        UsageType usage = value.usageType().orElse(null);
        if (usage == null || !usage.isExemption() || !value.exemptionText().orElse("").isBlank()) {
            return true;
        }
        Findings.report(context, "/exemptionText", "usageType is \"" + usage.json()
                + "\", so exemptionText must justify the exemption in one or two sentences");
        return false;
    }
}
