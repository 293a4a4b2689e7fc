package gov.ca.code.codejson.shareit;

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
        if (value == null || !value.exemptionText().orElse("").isBlank()) {
            return true;
        }
        for (UsageType usage : value.usageTypeList()) {
            if (usage.isExemption()) {
                Findings.report(context, "/exemptionText", "usageType contains \"" + usage.json()
                        + "\", so exemptionText must justify the exemption in one or two sentences");
                return false;
            }
        }
        return true;
    }
}
