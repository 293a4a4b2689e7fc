package gov.ca.code.codejson.validation.constraints;

import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
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
    private static final Pattern RFC3339_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");
    private static final Pattern EMPTY_HIER_PART = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:(?://)?");
    /** A word of the local part: escaped characters, or characters that are not special; or a quoted string. */
    private static final String LOCAL_WORD = "(?:(?:\\\\.|[^\\s\\p{Cntrl}()<>@,;:'\\\\\".\\[\\]]|')+|\"(?:\\\\\"|[^\"])*\")";
    private static final Pattern EMAIL_LOCAL = Pattern.compile(LOCAL_WORD + "(?:\\." + LOCAL_WORD + ")*");
    private static final Pattern HOST_LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,63}");
    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
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
                return isEmail(s);
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

    /**
     * {@return whether a string is an RFC 3339 date-time} A leap second ({@code :60}) is accepted at
     * 23:59 UTC only; the separator is {@code T} (either case), never a space.
     */
    public static boolean isDateTime(String s) {
        Matcher m = RFC3339_DATE_TIME.matcher(s);
        if (!m.matches() || !isDate(m.group(1))) {
            return false;
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int second = Integer.parseInt(m.group(4));
        int offset = 0;
        if (m.group(5) != null) {
            int offsetHours = Integer.parseInt(m.group(6));
            int offsetMinutes = Integer.parseInt(m.group(7));
            if (offsetHours > 23 || offsetMinutes > 59) {
                return false;
            }
            offset = (m.group(5).equals("-") ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
        }
        if (hour > 23 || minute > 59 || second > 60) {
            return false;
        }
        return second < 60 || Math.floorMod(hour * 60 + minute - offset, 24 * 60) == 23 * 60 + 59;
    }

    /**
     * {@return whether a string is an e-mail address as JSON Schema's {@code email} format reads RFC
     * 5321} The local part is dot-separated words (escaped or quoted characters allowed); the domain
     * is a bracketed IP address, one host label, or labels ending in an alphabetic top-level domain.
     * Unlike validators that carry the IANA list, an unlisted top-level domain is not rejected.
     */
    public static boolean isEmail(String s) {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1 || s.endsWith(".")) {
            return false;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.length() > 64 || !EMAIL_LOCAL.matcher(local).matches()) {
            return false;
        }
        if (domain.startsWith("[") && domain.endsWith("]")) {
            String ip = domain.substring(1, domain.length() - 1);
            if (ip.regionMatches(true, 0, "IPv6:", 0, 5)) {
                ip = ip.substring(5);
            }
            return IPV4.matcher(ip).matches() || isIpv6(ip);
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return labels.length == 1 || TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }

    private static boolean isIpv6(String s) {
        if (!s.matches("[0-9A-Fa-f:.]+") || !s.contains(":")) {
            return false;
        }
        try {
            return java.net.InetAddress.getByName(s) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** An absolute URI: ASCII only (a URI is not an IRI), a scheme, and a valid rest, which may be empty. */
    private static boolean isUri(String s) {
        if (!s.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return false;
        }
        if (EMPTY_HIER_PART.matcher(s).matches()) {
            return true;
        }
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
