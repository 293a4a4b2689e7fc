package gov.ca.code.codejson.validation.constraints;

import java.net.URISyntaxException;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link Format} on a string field or on each string of an array field. */
public final class FormatValidator implements ConstraintValidator<Format, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public FormatValidator() {
    }

    private FormatKind kind;
    private Format.Empty empty;

    @Override
    public void initialize(Format annotation) {
        kind = annotation.value();
        empty = annotation.empty();
    }

    /** {@return whether this use accepts a string} */
    private boolean accepts(String s) {
        switch (empty) {
            case PASS:
                return s.isEmpty() || kind.matches(s);
            case ONLY:
                return !s.isEmpty();
            default:
                return kind.matches(s);
        }
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        if (!(value instanceof Property.Present<?> present)) {
            return true;
        }
        if (present.get() instanceof String s) {
            if (accepts(s)) {
                return true;
            }
            Findings.report(context, "", message(s));
            return false;
        }
        boolean valid = true;
        if (present.get() instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Property.Present<?> e && e.get() instanceof String s && !accepts(s)) {
                    Findings.report(context, "/" + i, message(s));
                    valid = false;
                }
            }
        }
        return valid;
    }

    private String message(String s) {
        if (s.isEmpty() && empty == Format.Empty.ONLY) {
            return "the value is empty; leave the optional field out rather than writing an empty string";
        }
        if (s.isEmpty()) {
            return "the value is empty but must be " + kind.description() + "; give one or leave the field out";
        }
        if (kind == FormatKind.DATE && FormatKind.isDateTime(s)) {
            return Findings.quote(s) + " is a date-time; write the date alone as YYYY-MM-DD (" + s.substring(0, 10) + ")";
        }
        if ((kind == FormatKind.DATE || kind == FormatKind.DATE_TIME) && FormatKind.hasDateShape(s)) {
            String day = noSuchDay(s);
            if (!day.isEmpty()) {
                return Findings.quote(s) + " is written YYYY-MM-DD but " + day;
            }
        }
        if (kind == FormatKind.WEB_URL || kind == FormatKind.URI) {
            String authority = authorityProblem(s);
            if (!authority.isEmpty()) {
                return Findings.quote(s) + authority;
            }
        }
        return Findings.quote(s) + " is not " + kind.description();
    }

    /** {@return why the date at the start of a YYYY-MM-DD string is no day of the calendar, or ""} */
    private static String noSuchDay(String s) {
        int month = FormatKind.number(s, 5, 7);
        int day = FormatKind.number(s, 8, 10);
        if (month < 1 || month > 12) {
            return "there is no month " + s.substring(5, 7) + "; months run from 01 to 12";
        }
        Month m = Month.of(month);
        int year = FormatKind.number(s, 0, 4);
        int length = m.length(Year.isLeap(year));
        if (day < 1 || day > length) {
            return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + s.substring(0, 4) + " has no day "
                    + s.substring(8, 10) + "; it has " + length + " days";
        }
        return "";
    }

    /**
     * {@return what is wrong with the authority of an http or https URL that the JDK reads without a
     * host (a port that is not a number, or a host name that is not one), or ""}
     */
    private static String authorityProblem(String s) {
        int schemeEnd = s.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "";
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(s);
        } catch (URISyntaxException e) {
            return "";
        }
        String authority = uri.getRawAuthority();
        if (uri.getHost() != null || authority == null) {
            return "";
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !host.startsWith("[")) {
            String port = host.substring(colon + 1);
            if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return " has a port that is not a number, " + Findings.quote(port)
                        + "; write the port in digits or leave it out";
            }
            host = host.substring(0, colon);
        }
        return " is an " + scheme + " URL with an invalid host, " + Findings.quote(host)
                + ": a host name has letters, digits, hyphens and dots only"
                + (host.indexOf('_') >= 0 ? " (no underscores)" : "");
    }
}
