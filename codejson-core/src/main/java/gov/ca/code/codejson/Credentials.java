package gov.ca.code.codejson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * The one filter that keeps secrets out of what codejson writes: every URL that enters an
 * inventory entry, and every message that quotes one, goes through {@link #filter(String)}.
 *
 * <p>It removes the user information of a URL ({@code user:password@}) whatever characters the
 * password holds. A URI parser ends the authority at the first {@code /}, {@code ?} or
 * {@code #}, so {@code https://user:pa#SECRET@host/x} would keep {@code SECRET}; this filter
 * takes the last {@code @} that stands before a host instead, and gives {@code https://host/x}.
 * It also removes the query and fragment parameters that carry credentials ({@code token},
 * {@code access_token}, {@code private_token}, {@code key}, {@code api_key}, {@code password},
 * {@code secret}, {@code sig}, {@code signature}, {@code client_secret} and the like, whatever
 * their case), and the password of an scp-like address ({@code user:pw@host:org/repo}).
 * Text is filtered word by word, so a URL inside a sentence is filtered too; text without a URL
 * is returned unchanged.
 */
public final class Credentials {

    private static final Set<String> SECRET_PARAMETERS = Set.of(
            "token", "private_token", "access_token", "refresh_token", "id_token", "auth_token", "oauth_token",
            "key", "api_key", "apikey", "api-key", "access_key", "secret_key", "private_key",
            "password", "passwd", "pwd", "pass", "secret", "client_secret", "sig", "signature",
            "auth", "authorization", "credential", "credentials", "session", "sessionid",
            "x-amz-signature", "x-amz-credential", "x-amz-security-token", "x-goog-signature", "x-goog-credential");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern HOST_PORT = Pattern.compile("^(?:[A-Za-z0-9._~%-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d*)?$");

    private Credentials() {
    }

    /**
     * Removes the credentials of every URL in a text.
     *
     * @param text a URL, or text that may contain URLs; may be null
     * @return the text with user information and credential parameters removed; null for null
     */
    public static @Nullable String filter(@Nullable String text) {
        if (text == null || (text.indexOf('@') < 0 && text.indexOf('?') < 0 && text.indexOf('#') < 0)) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(filterWord(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Passes every string of a JSON tree through {@link #filter(String)}.
     *
     * @param value the tree; locations are kept
     * @param pointer the JSON pointer of {@code value} in its document
     * @param filtered told the pointer of each string that lost a credential
     * @return the tree without credentials; {@code value} itself when nothing was removed
     */
    public static JsonValue filter(JsonValue value, String pointer, Consumer<String> filtered) {
        if (value instanceof JsonValue.JsonString s && carried(s.value())) {
            filtered.accept(pointer);
            return new JsonValue.JsonString(filter(s.value()), s.location());
        }
        if (value instanceof JsonValue.JsonObject o) {
            List<JsonValue.Member> members = new ArrayList<>();
            for (JsonValue.Member m : o.members()) {
                members.add(new JsonValue.Member(m.name(), filter(m.value(), JsonPointer.append(pointer, m.name()), filtered),
                        m.location()));
            }
            return members.equals(o.members()) ? o : new JsonValue.JsonObject(members, o.location());
        }
        if (value instanceof JsonValue.JsonArray a) {
            List<JsonValue> elements = new ArrayList<>();
            for (int i = 0; i < a.elements().size(); i++) {
                elements.add(filter(a.elements().get(i), JsonPointer.append(pointer, i), filtered));
            }
            return elements.equals(a.elements()) ? a : new JsonValue.JsonArray(elements, a.location());
        }
        return value;
    }

    /** {@return whether the text carries a credential that {@link #filter(String)} removes} */
    public static boolean carried(@Nullable String text) {
        return text != null && !filter(text).equals(text);
    }

    private static String filterWord(String word) {
        int scheme = word.indexOf("://");
        if (scheme < 0) {
            return scpWithPassword(word);
        }
        int start = scheme + 3;
        String url = word.substring(0, start) + word.substring(userInfoEnd(word, start));
        return withoutSecretParameters(url, start);
    }

    /**
     * The index after the {@code @} that ends the user information, or {@code start} when there is
     * none. The {@code @} is the last one before a host: each candidate, from the last, is looked at
     * once and only up to the next {@code @}, so a word of a million {@code @} takes a million steps.
     */
    private static int userInfoEnd(String url, int start) {
        int delimiter = firstOf(url, start, "/?#");
        // Whether what comes before the first delimiter is host.tld:port: a port and a path then, not a password.
        boolean hostWithPort = hostWithPort(url, start, delimiter);
        int colon = url.indexOf(':', start);
        int lineBreak = lineBreak(url, delimiter + 1);
        int limit = url.length();
        for (int at = url.lastIndexOf('@'); at >= start; limit = at, at = url.lastIndexOf('@', at - 1)) {
            int hostEnd = firstOf(url, at + 1, limit, "/?#");
            if (hostEnd == limit && limit < url.length() && url.charAt(limit) == '@') {
                continue; // the host would hold the next '@'
            }
            String host = url.substring(at + 1, hostEnd);
            if (host.isEmpty() || !HOST_PORT.matcher(host).matches()) {
                continue;
            }
            if (delimiter >= at) {
                return at + 1;
            }
            if (colon >= 0 && colon < delimiter && !(hostWithPort && lineBreak >= at)) {
                return at + 1;
            }
        }
        return start;
    }

    /** Whether {@code [start, end)} is {@code host.tld:port} (labels, a top-level domain of letters, 1 to 5 digits). */
    private static boolean hostWithPort(String text, int start, int end) {
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon >= end) {
            return false;
        }
        int digits = end - colon - 1;
        for (int i = colon + 1; i < end; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        int dot = text.lastIndexOf('.', colon);
        if (digits < 1 || digits > 5 || dot < start + 1 || colon - dot - 1 < 2) {
            return false;
        }
        for (int i = dot + 1; i < colon; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        boolean empty = true;
        for (int i = start; i < dot; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (empty) {
                    return false;
                }
                empty = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
                empty = false;
            } else {
                return false;
            }
        }
        return !empty;
    }

    /** The index of the first line break from {@code start} (one that {@code .*} in a regular expression stops at), or the length. */
    private static int lineBreak(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * {@code user:password@host:path} (an scp-like address, no {@code ://}) without its user
     * information: before the first {@code @} a colon and no {@code /}; after it host characters,
     * a colon not followed by {@code //}, and the rest on one line. Otherwise the word as it is.
     */
    private static String scpWithPassword(String word) {
        int at = word.indexOf('@');
        if (at < 0 || word.lastIndexOf('/', at) >= 0 || word.lastIndexOf(':', at) < 0) {
            return word;
        }
        int i = at + 1;
        while (i < word.length() && (asciiLetterOrDigit(word.charAt(i)) || word.charAt(i) == '.' || word.charAt(i) == '-')) {
            i++;
        }
        if (i == at + 1 || i == word.length() || word.charAt(i) != ':' || word.startsWith("//", i + 1)
                || lineBreak(word, i + 1) < word.length()) {
            return word;
        }
        return word.substring(at + 1);
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String withoutSecretParameters(String url, int start) {
        int query = url.indexOf('?', start);
        int fragment = url.indexOf('#', start);
        if (query < 0 && fragment < 0) {
            return url;
        }
        if (query > fragment && fragment >= 0) {
            query = -1;
        }
        int pathEnd = query >= 0 ? query : fragment;
        StringBuilder out = new StringBuilder(url.substring(0, pathEnd));
        if (query >= 0) {
            String kept = parameters(url.substring(query + 1, fragment < 0 ? url.length() : fragment));
            if (!kept.isEmpty()) {
                out.append('?').append(kept);
            }
        }
        if (fragment >= 0) {
            String text = url.substring(fragment + 1);
            String kept = text.contains("=") ? parameters(text) : text;
            if (!kept.isEmpty()) {
                out.append('#').append(kept);
            }
        }
        return out.toString();
    }

    private static String parameters(String text) {
        StringBuilder kept = new StringBuilder();
        for (String parameter : text.split("&", -1)) {
            int eq = parameter.indexOf('=');
            String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (parameter.isEmpty() || SECRET_PARAMETERS.contains(name.replace("%5f", "_"))) {
                continue;
            }
            if (!kept.isEmpty()) {
                kept.append('&');
            }
            kept.append(parameter);
        }
        return kept.toString();
    }

    private static int firstOf(String s, int from, String chars) {
        return firstOf(s, from, s.length(), chars);
    }

    /** The index of the first of {@code chars} in {@code [from, to)}, or {@code to}. */
    private static int firstOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }
}
