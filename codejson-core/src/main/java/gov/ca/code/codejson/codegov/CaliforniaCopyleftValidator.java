package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.validation.constraints.Findings;

/** Checks {@link CaliforniaCopyleft}. */
public final class CaliforniaCopyleftValidator implements ConstraintValidator<CaliforniaCopyleft, Release> {

    /** License families whose terms require derived works to stay open. */
    private static final Pattern COPYLEFT = Pattern.compile("(?i)(\\b(A|L)?GPL|general public license|\\bMPL|mozilla"
            + "|\\bEPL|eclipse public|\\bEUPL|\\bCDDL|\\bOSL|CC-BY-SA|share ?alike)");

    @Override
    public boolean isValid(Release value, ConstraintValidatorContext context) {
        if (value == null || value.usageType().orElse(null) != UsageType.OPEN_SOURCE) {
            return true;
        }
        List<License> licenses = value.permissions().value()
                .flatMap(p -> p.licenses().value())
                .map(l -> l.stream().flatMap(e -> e.value().stream()).toList())
                .orElse(List.of());
        boolean copyleft = licenses.stream().anyMatch(l -> COPYLEFT.matcher(l.name().orElse("")).find()
                || COPYLEFT.matcher(l.url().orElse("")).find());
        if (copyleft) {
            return true;
        }
        Findings.report(context, "/permissions/licenses", "no copyleft license; California recommends "
                + "GPL-3.0-or-later for open-source releases (TL 18-02)");
        return false;
    }
}
