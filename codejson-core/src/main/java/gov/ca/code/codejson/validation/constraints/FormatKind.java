package gov.ca.code.codejson.validation.constraints;

import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The string formats codejson checks. */
public enum FormatKind {
    /** JSON Schema {@code uri}: an absolute URI with a scheme, no spaces. */
    URI("a URI with a scheme, such as https://example.gov/x"),
    /** JSON Schema {@code date}: RFC 3339 full-date, YYYY-MM-DD. */
    DATE("a date written YYYY-MM-DD"),
    /** JSON Schema {@code date-time}: RFC 3339 date-time with offset. */
    DATE_TIME("an RFC 3339 date-time such as 2024-05-01T00:00:00Z"),
    /** JSON Schema {@code email}. */
    EMAIL("an e-mail address"),
    /** A web address people can open: http or https with a host. */
    WEB_URL("an http or https URL"),
    /** An e-mail address a person can write to. */
    EMAIL_ADDRESS("an e-mail address such as name@agency.gov");

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private final String description;

    FormatKind(String description) {
        this.description = description;
    }

    /** {@return how messages describe a conforming value} */
    public String description() {
        return description;
    }

    /** {@return whether a string has this format} */
    public boolean matches(String s) {
        switch (this) {
            case URI:
                return isUri(s);
            case DATE:
                return isDate(s);
            case DATE_TIME:
                return isDateTime(s);
            case EMAIL:
            case EMAIL_ADDRESS:
                return EMAIL_PATTERN.matcher(s).matches();
            case WEB_URL:
                return isWebUrl(s);
            default:
                throw new IllegalStateException();
        }
    }

    /** {@return whether a string is an RFC 3339 full-date that exists in the calendar} */
    public static boolean isDate(String s) {
        if (!FULL_DATE.matcher(s).matches()) {
            return false;
        }
        try {
            LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@return whether a string is an RFC 3339 date-time} */
    public static boolean isDateTime(String s) {
        if (s.length() < 20 || !isDate(s.substring(0, 10))) {
            return false;
        }
        try {
            OffsetDateTime.parse(s.toUpperCase(Locale.ROOT).replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isUri(String s) {
        try {
            java.net.URI uri = new java.net.URI(s);
            return uri.isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isWebUrl(String s) {
        try {
            java.net.URI uri = new java.net.URI(s);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
