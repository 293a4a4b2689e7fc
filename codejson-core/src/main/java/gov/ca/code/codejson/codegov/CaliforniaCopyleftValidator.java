package gov.ca.code.codejson.codegov;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.license.SpdxLicenses;
import gov.ca.code.codejson.validation.constraints.Findings;

import org.jspecify.annotations.Nullable;

/** Checks {@link CaliforniaCopyleft}. */
public final class CaliforniaCopyleftValidator implements ConstraintValidator<CaliforniaCopyleft, Release> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public CaliforniaCopyleftValidator() {
    }

    @Override
    public boolean isValid(@Nullable Release value, ConstraintValidatorContext context) {
        if (value == null || value.usageType().orElse(null) != UsageType.OPEN_SOURCE) {
            return true;
        }
        List<License> licenses = value.permissions().value()
                .flatMap(p -> p.licenses().value())
                .map(l -> l.stream().flatMap(e -> e.value().stream()).toList())
                .orElse(List.of());
        if (licenses.isEmpty()) {
            // No license at all is reported by the open-source rules; a copyleft hint would only repeat it.
            return true;
        }
        SpdxLicenses spdx = SpdxLicenses.bundled();
        boolean copyleft = licenses.stream()
                .anyMatch(l -> spdx.resolve(l.name().orElse(null), l.url().orElse(null)).copyleft());
        if (copyleft) {
            return true;
        }
        Findings.report(context, "/permissions/licenses", "no copyleft license; California recommends "
                + "GPL-3.0-or-later for open-source releases (TL 18-02)");
        return false;
    }
}
