package gov.ca.code.codejson.merge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The keys that tell two inventory entries apart: a normalised repository address and a
 * normalised name.
 *
 * <p>A repository address is normalised by dropping the scheme ({@code http}, {@code https},
 * {@code git}, {@code ssh}, {@code git+https}, ...), any user name or password, a default port,
 * a leading {@code www.}, the query and fragment, trailing slashes and a final {@code .git};
 * the host is lower-cased, the path keeps its case. The scp-like form
 * {@code git@github.com:org/repo.git} is read as host {@code github.com}, path {@code /org/repo}.
 * An address without a path (only a host, such as an agency home page) or that is not an
 * address at all ({@code N/A}) identifies no repository and gives no key.
 */
public final class RepositoryUrls {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/\\s]+@)?([^:/\\s]+):(?!//)([^\\s]+)$");
    private static final Pattern HOST = Pattern.compile("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RepositoryUrls() {
    }

    /**
     * Normalises a repository address.
     *
     * @param url the address as written; may be null
     * @return the key, such as {@code github.com/GSA/code-gov}, or empty when the text identifies no repository
     */
    public static Optional<String> key(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String text = url.strip();
        String rest;
        Matcher scheme = SCHEME.matcher(text);
        if (scheme.find()) {
            rest = text.substring(scheme.end());
        } else {
            Matcher scp = SCP_LIKE.matcher(text);
            if (scp.matches() && scp.group(1).contains(".")) {
                rest = scp.group(1) + "/" + scp.group(2);
            } else {
                // "www.example.gov/repo" without a scheme: still an address.
                rest = text;
            }
        }
        int cut = indexOfAny(rest, '?', '#');
        if (cut >= 0) {
            rest = rest.substring(0, cut);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host = authority.toLowerCase(Locale.ROOT);
        String port = "";
        int colon = host.indexOf(':');
        if (colon >= 0) {
            port = host.substring(colon + 1);
            host = host.substring(0, colon);
            if (port.equals("80") || port.equals("443") || port.equals("22")) {
                port = "";
            }
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (!HOST.matcher(host).matches() || !host.contains(".")) {
            return Optional.empty();
        }
        if (!port.isEmpty()) {
            host = host + ":" + port;
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(host + path);
    }

    /**
     * Normalises a release name: surrounding white space removed, inner runs of white space
     * made one space, lower case.
     *
     * @param name the name as written; may be null
     * @return the key, or empty for a missing or blank name
     */
    public static Optional<String> nameKey(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT));
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
