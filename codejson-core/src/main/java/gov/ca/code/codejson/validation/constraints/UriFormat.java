package gov.ca.code.codejson.validation.constraints;

import static gov.ca.code.codejson.validation.constraints.FormatKind.digits;
import static gov.ca.code.codejson.validation.constraints.FormatKind.isAsciiLetter;
import static gov.ca.code.codejson.validation.constraints.FormatKind.isAsciiLetterOrDigit;
import static gov.ca.code.codejson.validation.constraints.FormatKind.isDigit;
import static gov.ca.code.codejson.validation.constraints.FormatKind.isHex;
import static gov.ca.code.codejson.validation.constraints.FormatKind.isIpv6;

/** The {@link FormatKind#URI} and {@link FormatKind#WEB_URL} checks. */
final class UriFormat {

    private UriFormat() {
    }

    /*
     * These checks read a URI the way java.net.URI (RFC 2396 with the RFC 2732 brackets)
     * reads one, so that their verdicts are the ones the JDK's parser gave, without building a URI
     * object per value. Each is one pass over the text.
     */

    /** RFC 2396 unreserved: letters, digits and {@code -_.!~*'()}. */
    private static final String UNRESERVED = "-_.!~*'()";
    /** Characters of a path besides unreserved ones and escapes. */
    private static final boolean[] PATH = table(UNRESERVED + ":@&=+$,;/");
    /** Characters of a query, a fragment or an opaque part besides unreserved ones and escapes. */
    private static final boolean[] URIC = table(UNRESERVED + ";/?:@&=+$,[]");
    /** Characters of an authority (server or registry) besides unreserved ones and escapes. */
    private static final boolean[] AUTHORITY = table(UNRESERVED + ";:&=+$,@[]");
    /** Characters of a user information part besides unreserved ones and escapes. */
    private static final boolean[] USER_INFO = table(UNRESERVED + ";:&=+$,");

    private static boolean[] table(String symbols) {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = isAsciiLetterOrDigit(c) || symbols.indexOf(c) >= 0;
        }
        return table;
    }

    /**
     * An absolute URI: ASCII only (a URI is not an IRI), a scheme, and a valid rest, which may be
     * empty. An authority's port is digits only and a bracketed host is an IPv6 address.
     */
    static boolean isUri(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        int colon = schemeEnd(s);
        if (colon < 0) {
            return false;
        }
        int rest = s.length() - colon - 1;
        if (rest == 0 || (rest == 2 && s.startsWith("//", colon + 1))) {
            return true;
        }
        int authorityEnd = parsedAuthorityEnd(s, colon + 1, false);
        if (authorityEnd == FAILED) {
            return false;
        }
        return authorityEnd == NO_AUTHORITY || hasPortAndLiteral(s, colon + 3, authorityEnd);
    }

    /** {@link #parsedAuthorityEnd}: the text is no URI. */
    private static final int FAILED = -1;
    /** {@link #parsedAuthorityEnd}: the URI parses and has no authority, or an empty one. */
    private static final int NO_AUTHORITY = -2;

    /**
     * Reads the part of a URI after its scheme's colon as java.net.URI does.
     *
     * @param s the URI
     * @param from the index after the scheme's colon
     * @param other whether non-ASCII characters other than spaces and controls are allowed outside the host
     * @return the end of a non-empty authority that starts at {@code from + 2}, {@link #NO_AUTHORITY}, or
     *     {@link #FAILED}
     */
    private static int parsedAuthorityEnd(String s, int from, boolean other) {
        int n = s.length();
        int hash = s.indexOf('#', from);
        int partEnd = hash < 0 ? n : hash;
        if (hash >= 0 && !allOf(s, hash + 1, n, URIC, other)) {
            return FAILED;
        }
        if (from == n || s.charAt(from) != '/') {
            return partEnd > from && allOf(s, from, partEnd, URIC, other) ? NO_AUTHORITY : FAILED;
        }
        int authorityEnd = NO_AUTHORITY;
        int path = from;
        if (s.startsWith("//", from)) {
            int end = from + 2;
            while (end < partEnd && s.charAt(end) != '/' && s.charAt(end) != '?') {
                end++;
            }
            if (end > from + 2) {
                if (!isAuthority(s, from + 2, end, other)) {
                    return FAILED;
                }
                authorityEnd = end;
            } else if (end == n) {
                return FAILED;
            }
            path = end;
        }
        int query = path;
        while (query < partEnd && s.charAt(query) != '?') {
            query++;
        }
        if (!allOf(s, path, query, PATH, other)) {
            return FAILED;
        }
        return query == partEnd || allOf(s, query + 1, partEnd, URIC, other) ? authorityEnd : FAILED;
    }

    /**
     * {@return whether the characters from {@code from} to {@code to} are all in a table or escapes}
     * An escape is {@code %} and two hex digits; with {@code other}, a non-ASCII character that is
     * neither a space nor a control counts as one too.
     */
    private static boolean allOf(String s, int from, int to, boolean[] table, boolean other) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 128 && table[c]) {
                continue;
            }
            if (c == '%') {
                if (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!other || c <= 128 || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an authority is one java.net.URI accepts: any of its characters when it has no
     * brackets (a registry-based authority, when it is no host and port), else a server of the form
     * {@code [userinfo@][IPv6]:port}.
     */
    private static boolean isAuthority(String s, int from, int end, boolean other) {
        if (!allOf(s, from, end, AUTHORITY, other)) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '[' || c == ']') {
                return serverHostEnd(s, from, end, other) == end;
            }
        }
        return true;
    }

    /** Whether an authority that parsed has a numeric port and, when bracketed, an IPv6 host. */
    private static boolean hasPortAndLiteral(String s, int from, int end) {
        int host = Math.max(s.lastIndexOf('@', end - 1) + 1, from);
        if (host < end && s.charAt(host) == '[') {
            return true;
        }
        int portColon = s.lastIndexOf(':', end - 1);
        return portColon < host || digits(s, portColon + 1, end);
    }

    /**
     * Reads an authority as a server, {@code [userinfo@]host[:port]}, as java.net.URI does: the host
     * is a bracketed IPv6 address, a dotted IPv4 address, or a host name whose last label starts
     * with a letter; the port is digits that fit an {@code int}.
     *
     * @return {@code end} when the whole authority is a server, else {@link #FAILED}
     */
    private static int serverHostEnd(String s, int from, int end, boolean other) {
        int host = from;
        int at = s.indexOf('@', from);
        if (at >= 0 && at < end) {
            if (!allOf(s, from, at, USER_INFO, other)) {
                return FAILED;
            }
            host = at + 1;
        }
        int p;
        if (host < end && s.charAt(host) == '[') {
            int close = s.indexOf(']', host);
            if (close < 0 || close >= end || !isIpv6(s.substring(host + 1, close))) {
                return FAILED;
            }
            p = close + 1;
        } else {
            p = ipv4End(s, host, end);
            if (p < 0) {
                p = hostNameEnd(s, host, end);
            }
            if (p < 0) {
                return FAILED;
            }
        }
        if (p < end && s.charAt(p) == ':') {
            long port = 0;
            for (int i = p + 1; i < end; i++) {
                char c = s.charAt(i);
                port = port * 10 + (c - '0');
                if (!isDigit(c) || port > Integer.MAX_VALUE) {
                    return FAILED;
                }
            }
            p = end;
        }
        return p == end ? end : FAILED;
    }

    /**
     * {@return the end of a dotted IPv4 address at {@code from}, four numbers up to 255 followed by
     * the end or a colon, or -1}
     */
    private static int ipv4End(String s, int from, int end) {
        int p = from;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (p >= end || s.charAt(p) != '.') {
                    return -1;
                }
                p++;
            }
            int start = p;
            long value = 0;
            while (p < end && isDigit(s.charAt(p))) {
                value = Math.min(value * 10 + (s.charAt(p) - '0'), 256);
                p++;
            }
            if (p == start || value > 255) {
                return -1;
            }
        }
        return p == end || s.charAt(p) == ':' ? p : -1;
    }

    /**
     * {@return the end of a host name at {@code from}: labels of letters, digits and inner hyphens
     * separated by dots, an optional final dot, the last label starting with a letter when there
     * are several, followed by the end or a colon; or -1}
     */
    private static int hostNameEnd(String s, int from, int end) {
        int p = from;
        int last = -1;
        while (p < end && isAsciiLetterOrDigit(s.charAt(p))) {
            last = p;
            while (p < end && (isAsciiLetterOrDigit(s.charAt(p)) || s.charAt(p) == '-')) {
                p++;
            }
            if (s.charAt(p - 1) == '-') {
                return -1;
            }
            if (p < end && s.charAt(p) == '.') {
                p++;
            } else {
                break;
            }
        }
        if (last < 0 || (p < end && s.charAt(p) != ':') || (last > from && !isAsciiLetter(s.charAt(last)))) {
            return -1;
        }
        return p;
    }

    /** {@return the index of the colon that ends a valid RFC 3986 scheme at the start, or -1} */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** An http or https URL with a host, as java.net.URI reads one (non-ASCII text allowed outside the host). */
    static boolean isWebUrl(String s) {
        int colon = schemeEnd(s);
        if (colon != 4 && colon != 5 || !s.regionMatches(true, 0, "https", 0, colon)) {
            return false;
        }
        int authorityEnd = parsedAuthorityEnd(s, colon + 1, true);
        return authorityEnd >= 0 && serverHostEnd(s, colon + 3, authorityEnd, true) == authorityEnd;
    }
}
