package gov.ca.code.codejson.codegov;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.validation.constraints.Findings;

import org.jspecify.annotations.Nullable;

/** Checks {@link OpenSourceRequires}. */
public final class OpenSourceRequiresValidator implements ConstraintValidator<OpenSourceRequires, Release> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public OpenSourceRequiresValidator() {
    }

    @Override
    public boolean isValid(@Nullable Release value, ConstraintValidatorContext context) {
        if (value == null || value.usageType().orElse(null) != UsageType.OPEN_SOURCE) {
            return true;
        }
        boolean valid = true;
        Property<String> url = value.repositoryURL();
        if (!url.isDefined() || url instanceof Property.Null<?>) {
            Findings.report(context, "/repositoryURL", "an open-source release needs repositoryURL, the address of its "
                    + "public repository; add it, or change permissions.usageType if the code is not public");
            valid = false;
        }
        Permissions permissions = value.permissions().orElse(null);
        if (permissions != null && !permissions.licenses().isDefined()) {
            Findings.report(context, "/permissions/licenses", "an open-source release needs permissions.licenses; "
                    + "list its licenses, such as [{\"name\": \"MIT\", \"URL\": \"https://spdx.org/licenses/MIT.html\"}]");
            valid = false;
        }
        return valid;
    }
}
