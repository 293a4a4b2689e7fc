package gov.ca.code.codejson.validation.constraints;

import java.net.URISyntaxException;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        if (kind == FormatKind.WEB_URL) {
            return Findings.quote(s) + WebAddress.hint(s);
        }
        return Findings.quote(s) + " is not " + kind.description();
    }

    /**
     * The hint of a value that is not a web address. Its expressions are compiled on the first such
     * value, not when the validators are made, so a run over valid files never builds them.
     */
    private static final class WebAddress {

        /** A host name whose last label starts with a letter, as top-level domains do; not a version such as 1.0. */
        private static final String HOST = "[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z][A-Za-z0-9-]*";

        /** A clone address, {@code git://host/path}, {@code ssh://user@host:22/path} or {@code git+ssh://...}. */
        private static final Pattern CLONE_URL = Pattern.compile(
                "(git|ssh|git\\+ssh)://(?:[^@/\\s]+@)?(" + HOST + ")(?::[0-9]*)?(/[!-~]*)?");

        /** The short form of ssh that git accepts, {@code git@host:path}. */
        private static final Pattern SCP_LIKE = Pattern.compile("[^@/\\s]+@(" + HOST + "):/?([!-~]+)");

        /** A host name and path written without a scheme, such as {@code github.com/agency/project}. */
        private static final Pattern NO_SCHEME = Pattern.compile(HOST + "(?:/[!-~]*)?");

        /** Longer values get no address of their own: a message is one line of a report, not a copy of the value. */
        private static final int LONGEST = 300;

        /**
         * {@return why a value is not a web address, and the address to write when the value names a
         * host: most such values are the address git clones from, whose host serves the same path on
         * https}
         */
        static String hint(String s) {
            String generic = " is not " + FormatKind.WEB_URL.description() + "; write the address of a web page, starting with https://";
            if (s.length() > LONGEST) {
                return generic;
            }
            Matcher clone = CLONE_URL.matcher(s);
            if (clone.matches()) {
                return " is not a web address; browsers cannot open " + clone.group(1) + ":// URLs, write https://"
                        + clone.group(2) + (clone.group(3) == null ? "" : clone.group(3));
            }
            Matcher scp = SCP_LIKE.matcher(s);
            if (scp.matches()) {
                return " is not a web address but the ssh address git clones from; write https://" + scp.group(1) + "/"
                        + scp.group(2);
            }
            if (NO_SCHEME.matcher(s).matches()) {
                return " is not a web address: it has no scheme; write https://" + s;
            }
            return generic;
        }
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
