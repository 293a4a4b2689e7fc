package gov.ca.code.codejson.scan;

import java.util.Optional;

import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.generate.ScmUrls;

/**
 * Turns a git remote into the public URL an inventory may list, with no credential left in it.
 *
 * <p>Credentials are removed by the core's one filter, {@link Credentials#filter(String)}: user
 * information whatever characters the password holds, and credential query parameters. SSH and
 * {@code git://} forms become {@code https} addresses, as {@link ScmUrls#toWebUrl(String)} does for
 * a POM.
 */
public final class RemoteUrls {

    private RemoteUrls() {
    }

    /**
     * Removes user information and credential-like query parameters.
     *
     * @param url a remote URL as written in {@code .git/config}
     * @return the URL without credentials
     */
    public static String withoutCredentials(String url) {
        // The core's one credential filter, the same that every other URL of an entry goes through.
        return Credentials.filter(url.strip());
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
}
