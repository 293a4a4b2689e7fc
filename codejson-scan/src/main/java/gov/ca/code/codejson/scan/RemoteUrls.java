package gov.ca.code.codejson.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import gov.ca.code.codejson.generate.ScmUrls;

/**
 * Turns a git remote into the public URL an inventory may list, with no credential left in it.
 *
 * <p>The user information of a {@code scheme://} URL ends at the last {@code @} before the host,
 * so a password holding {@code @}, {@code /}, {@code ?}, {@code #} or {@code :} is removed whole.
 * Query parameters whose names look like credentials ({@code token}, {@code access_token},
 * {@code private_token}, {@code key}, {@code secret}, {@code password}, {@code sig}, …) are removed;
 * the others stay. SSH and {@code git://} forms become {@code https} addresses, as
 * {@link ScmUrls#toWebUrl(String)} does for a POM.
 */
public final class RemoteUrls {

    /** A host name with an optional port, then the end of the authority. */
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9.\\-]+(?::\\d*)?(?:[/?#]|$)");
    /** A host name followed by the colon of the scp form. */
    private static final Pattern SCP_HOST = Pattern.compile("^[A-Za-z0-9.\\-]+:");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)^(?:.*token.*|.*secret.*|.*passw(?:or)?d.*|pwd|key|api[-_]?key|apikey|auth|authorization|sig|signature"
                    + "|credentials?|x-amz-.*|x-goog-.*)$");

    private RemoteUrls() {
    }

    /**
     * Removes user information and credential-like query parameters.
     *
     * @param url a remote URL as written in {@code .git/config}
     * @return the URL without credentials
     */
    public static String withoutCredentials(String url) {
        String s = url.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            int start = scheme + 3;
            int at = userInfoEnd(s, start);
            if (at >= 0) {
                s = s.substring(0, start) + s.substring(at + 1);
            }
        } else {
            // The scp form user@host:path carries a user name only; anything with a colon before the
            // host is a password, and it is removed with the user name.
            for (int at = s.lastIndexOf('@'); at > 0; at = s.lastIndexOf('@', at - 1)) {
                if (SCP_HOST.matcher(s.substring(at + 1)).find()) {
                    if (s.substring(0, at).contains(":")) {
                        s = s.substring(at + 1);
                    }
                    break;
                }
            }
        }
        return withoutSecretParameters(s);
    }

    /**
     * The public web URL of a remote.
     *
     * @param url a remote URL as written in {@code .git/config}
     * @return the {@code https} address of the repository, or empty when the remote is not a
     *     network address (a local path, for example)
     */
    public static Optional<String> webUrl(String url) {
        String clean = withoutCredentials(url);
        int query = clean.indexOf('?');
        // A repository's address has no query; whatever parameters a remote carries stay out.
        return ScmUrls.toWebUrl(query < 0 ? clean : clean.substring(0, query)).filter(w -> !w.startsWith("file:"));
    }

    /** {@return whether the URL carries user information or a credential-like parameter} */
    public static boolean hasCredentials(String url) {
        return !withoutCredentials(url).equals(url.strip());
    }

    /** The last {@code @} after {@code start} that is followed by a host, or -1 when there is no user information. */
    private static int userInfoEnd(String s, int start) {
        for (int at = s.lastIndexOf('@'); at >= start; at = s.lastIndexOf('@', at - 1)) {
            String before = s.substring(start, at);
            if (!HOST.matcher(s.substring(at + 1)).find()) {
                continue;
            }
            // An @ inside a path (https://host/org/@scope) has the host before it and no password.
            int slash = before.indexOf('/');
            int colon = before.indexOf(':');
            if (slash < 0 || (colon >= 0 && colon < slash)) {
                return at;
            }
        }
        return -1;
    }

    private static String withoutSecretParameters(String s) {
        int q = s.indexOf('?');
        if (q < 0) {
            return s;
        }
        int hash = s.indexOf('#', q);
        String query = hash < 0 ? s.substring(q + 1) : s.substring(q + 1, hash);
        String fragment = hash < 0 ? "" : s.substring(hash);
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (!parameter.isEmpty() && !SECRET_PARAMETER.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                kept.add(parameter);
            }
        }
        return s.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + fragment;
    }
}
