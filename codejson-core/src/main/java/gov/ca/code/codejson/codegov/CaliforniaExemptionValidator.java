package gov.ca.code.codejson.codegov;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.validation.constraints.Findings;

import org.jspecify.annotations.Nullable;

/** Checks {@link CaliforniaExemption}. */
public final class CaliforniaExemptionValidator implements ConstraintValidator<CaliforniaExemption, Release> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public CaliforniaExemptionValidator() {
    }

    /** SAM 4984.2 lists these four and no others. */
    static final Set<UsageType> ALLOWED = EnumSet.of(UsageType.EXEMPT_BY_LAW, UsageType.EXEMPT_BY_NATIONAL_SECURITY,
            UsageType.EXEMPT_BY_AGENCY_SYSTEM, UsageType.EXEMPT_BY_AGENCY_MISSION);

    @Override
    public boolean isValid(@Nullable Release value, ConstraintValidatorContext context) {
        UsageType usage = value == null ? null : value.usageType().orElse(null);
        if (usage == null || !usage.isExemption() || ALLOWED.contains(usage)) {
            return true;
        }
        Findings.report(context, "/permissions/usageType", "\"" + usage.json()
                + "\" is not a California exemption (SAM 4984.2); use exemptByLaw, exemptByNationalSecurity, "
                + "exemptByAgencySystem or exemptByAgencyMission, or release the code");
        return false;
    }
}
