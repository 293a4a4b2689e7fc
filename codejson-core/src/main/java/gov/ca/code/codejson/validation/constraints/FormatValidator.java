package gov.ca.code.codejson.validation.constraints;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;

/** Checks {@link Format} on a string field or on each string of an array field. */
public final class FormatValidator implements ConstraintValidator<Format, Property<?>> {

    private FormatKind kind;

    @Override
    public void initialize(Format annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(Property<?> value, ConstraintValidatorContext context) {
        if (!(value instanceof Property.Present<?> present)) {
            return true;
        }
        if (present.get() instanceof String s) {
            if (kind.matches(s)) {
                return true;
            }
            Findings.report(context, "", message(s));
            return false;
        }
        boolean valid = true;
        if (present.get() instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Property.Present<?> e && e.get() instanceof String s && !kind.matches(s)) {
                    Findings.report(context, "/" + i, message(s));
                    valid = false;
                }
            }
        }
        return valid;
    }

    private String message(String s) {
        if (s.isEmpty()) {
            return "the value is empty but must be " + kind.description() + "; give one or leave the field out";
        }
        if (kind == FormatKind.DATE && FormatKind.isDateTime(s)) {
            return Findings.quote(s) + " is a date-time; write the date alone as YYYY-MM-DD (" + s.substring(0, 10) + ")";
        }
        if ((kind == FormatKind.URI || kind == FormatKind.WEB_URL) && s.regionMatches(true, 0, "www.", 0, 4)) {
            return Findings.quote(s) + " has no scheme; write https://" + s;
        }
        if (kind == FormatKind.WEB_URL && s.regionMatches(true, 0, "git://", 0, 6)) {
            return Findings.quote(s) + " is not a web address; browsers cannot open git:// URLs, write https://"
                    + s.substring(6);
        }
        if ((kind == FormatKind.URI || kind == FormatKind.WEB_URL) && s.strip().chars().anyMatch(Character::isWhitespace)) {
            return Findings.quote(s) + " contains white space, which a URL cannot; write spaces as %20";
        }
        return Findings.quote(s) + " is not " + kind.description();
    }
}
