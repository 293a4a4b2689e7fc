package gov.ca.code.codejson.validation.constraints;

import java.time.Month;
import java.time.Year;

/**
 * The string formats codejson checks. Every check is a single pass over the text (no regular
 * expression, no recursion), so a hostile value of any length is decided in linear time.
 */
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

    /** RFC 5321: a domain name is at most 255 octets, a local part at most 64. */
    private static final int MAX_DOMAIN = 255;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    /** The longest text form of an IPv6 address (with an embedded IPv4 address). */
    private static final int MAX_IPV6 = 45;

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
                return UriFormat.isUri(s);
            case DATE:
                return isDate(s);
            case DATE_TIME:
                return isDateTime(s);
            case EMAIL:
                return isEmail(s);
            case EMAIL_ADDRESS:
                return isMailboxAddress(s);
            case WEB_URL:
                return UriFormat.isWebUrl(s);
            default:
                throw new IllegalStateException();
        }
    }

    /** {@return whether a string is an RFC 3339 full-date that exists in the calendar} */
    public static boolean isDate(String s) {
        return s.length() == 10 && hasDateShape(s) && existsInCalendar(s);
    }

    /** {@return whether a string starts with four, two and two digits separated by hyphens} */
    static boolean hasDateShape(String s) {
        if (s.length() < 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the number written in the digits from {@code from} to {@code to}} */
    static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Whether the date at the start of a string of {@link #hasDateShape date shape} is a real day. */
    private static boolean existsInCalendar(String s) {
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        return month >= 1 && month <= 12 && day >= 1
                && day <= Month.of(month).length(Year.isLeap(number(s, 0, 4)));
    }

    /**
     * {@return whether a string is an RFC 3339 date-time} A leap second ({@code :60}) is accepted at
     * 23:59 UTC only; the separator is {@code T} (either case), never a space.
     */
    public static boolean isDateTime(String s) {
        int n = s.length();
        if (n < 20 || !hasDateShape(s) || !existsInCalendar(s) || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || !digits(s, 11, 13) || s.charAt(13) != ':' || !digits(s, 14, 16) || s.charAt(16) != ':'
                || !digits(s, 17, 19)) {
            return false;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == fraction || i == n) {
                return false;
            }
        }
        int offset;
        char sign = s.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
            offset = 0;
        } else if ((sign == '+' || sign == '-') && i + 6 == n && digits(s, i + 1, i + 3) && s.charAt(i + 3) == ':'
                && digits(s, i + 4, i + 6)) {
            int offsetHours = number(s, i + 1, i + 3);
            int offsetMinutes = number(s, i + 4, i + 6);
            if (offsetHours > 23 || offsetMinutes > 59) {
                return false;
            }
            offset = (sign == '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
        } else {
            return false;
        }
        int hour = number(s, 11, 13);
        int minute = number(s, 14, 16);
        int second = number(s, 17, 19);
        if (hour > 23 || minute > 59 || second > 60) {
            return false;
        }
        return second < 60 || Math.floorMod(hour * 60 + minute - offset, 24 * 60) == 23 * 60 + 59;
    }

    /**
     * {@return whether a string is an e-mail address as JSON Schema's {@code email} format reads the
     * RFC 5321 Mailbox} ASCII only (an address with other characters is an {@code idn-email}). The
     * local part is dot-separated atoms or one quoted string, at most 64 characters; the domain is a
     * bracketed IPv4 or {@code IPv6:} address, or labels of letters, digits and inner hyphens, at
     * most 255 characters. Single labels, digit labels ({@code test@iana.123}), one-letter labels
     * and punycode labels are valid: unlike validators that carry the IANA list, the top-level
     * domain is not looked up.
     */
    public static boolean isEmail(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        int at = localPartEnd(s);
        if (at < 1 || at > MAX_LOCAL || at == s.length() - 1) {
            return false;
        }
        if (s.charAt(at + 1) == '[') {
            if (s.charAt(s.length() - 1) != ']') {
                return false;
            }
            String literal = s.substring(at + 2, s.length() - 1);
            return literal.regionMatches(true, 0, "IPv6:", 0, 5) ? isIpv6(literal.substring(5)) : isIpv4(literal);
        }
        return s.length() - at - 1 <= MAX_DOMAIN && isDomain(s, at + 1, 1);
    }

    /** {@return the index of the {@code @} that ends a valid RFC 5321 local part at the start, or -1} */
    private static int localPartEnd(String s) {
        int n = s.length();
        if (n > 0 && s.charAt(0) == '"') {
            int i = 1;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '"') {
                    return i + 1 < n && s.charAt(i + 1) == '@' ? i + 1 : -1;
                } else {
                    i++;
                }
            }
            return -1;
        }
        boolean atomStart = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '@') {
                return atomStart ? -1 : i;
            } else if (c == '.') {
                if (atomStart) {
                    return -1;
                }
                atomStart = true;
            } else if (isAtext(c)) {
                atomStart = false;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** RFC 5321 atext: letters, digits and {@code !#$%&'*+-/=?^_`{|}~}. */
    private static boolean isAtext(char c) {
        return isAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
    }

    /**
     * {@return whether the end of a string from {@code from} is a domain name of at least
     * {@code minLabels} labels} Each label is 1 to 63 letters, digits and hyphens, with no hyphen at
     * either end.
     */
    private static boolean isDomain(String s, int from, int minLabels) {
        int labels = 0;
        int start = from;
        for (int i = from; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                if (i == start || i - start > MAX_LABEL || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                start = i + 1;
            } else if (!isAsciiLetterOrDigit(s.charAt(i)) && s.charAt(i) != '-') {
                return false;
            }
        }
        return labels >= minLabels;
    }

    /**
     * An address a person can write to, as code.gov's harvester expects: a local part of letters,
     * digits, dots and the RFC 5321 symbols, and a domain of two labels or more, both within the
     * RFC 5321 lengths.
     */
    private static boolean isMailboxAddress(String s) {
        int at = s.indexOf('@');
        if (at < 1 || at > MAX_LOCAL || s.length() - at - 1 > MAX_DOMAIN) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c != '.' && !isAtext(c)) {
                return false;
            }
        }
        return isDomain(s, at + 1, 2);
    }

    /** {@return whether a string is a dotted-decimal IPv4 address: four numbers 0 to 255, no leading zeros} */
    static boolean isIpv4(String s) {
        int parts = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                int len = i - start;
                if (len == 0 || len > 3 || (len > 1 && s.charAt(start) == '0') || number(s, start, i) > 255) {
                    return false;
                }
                parts++;
                start = i + 1;
            } else if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return parts == 4;
    }

    /**
     * {@return whether a string is an RFC 4291 IPv6 address} Eight groups of one to four hex digits,
     * or fewer with one {@code ::}; the last 32 bits may be written as an IPv4 address.
     */
    static boolean isIpv6(String s) {
        int n = s.length();
        if (n < 2 || n > MAX_IPV6) {
            return false;
        }
        int groups = 0;
        boolean compressed = false;
        int i = 0;
        if (s.startsWith("::")) {
            compressed = true;
            i = 2;
            if (i == n) {
                return true;
            }
        }
        while (true) {
            int start = i;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                if (!isIpv4(s.substring(start))) {
                    return false;
                }
                groups += 2;
                break;
            }
            if (i == start || i - start > 4) {
                return false;
            }
            groups++;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':' || ++i == n) {
                return false;
            }
            if (s.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                if (++i == n) {
                    break;
                }
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    /** {@return whether the characters from {@code from} to {@code to} are all ASCII digits} */
    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }
}
