package gov.ca.code.codejson.generate;

import gov.ca.code.codejson.Credentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns the URLs of a project model into the public web URLs an inventory lists: credentials
 * removed, SCM connection strings and SSH forms turned into {@code https} addresses.
 */
public final class ScmUrls {

    /** {@code git@host:org/repo.git}, the form SSH remotes take. */
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/\\s]+@)?([A-Za-z0-9.-]+):(?!//)(?!\\d+/)(.+)$");
    private static final Pattern SCM_PREFIX = Pattern.compile("^scm:([A-Za-z0-9]+)[:|](.*)$");

    private ScmUrls() {
    }

    /**
     * The provider of a Maven SCM connection string, as code.gov names version control systems.
     *
     * @param connection such as {@code scm:git:https://host/org/repo.git}
     * @return {@code git}, {@code svn}, {@code mercurial} ({@code hg}) or the provider in lower case
     */
    public static Optional<String> provider(@Nullable String connection) {
        if (connection == null) {
            return Optional.empty();
        }
        Matcher m = SCM_PREFIX.matcher(connection.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String provider = m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(provider.equals("hg") ? "mercurial" : provider);
    }

    /**
     * Turns a repository address into a public web URL: the {@code scm:provider:} prefix is
     * removed, {@code git@host:org/repo.git} and {@code ssh://git@host/org/repo.git} become
     * {@code https://host/org/repo}, {@code git://} becomes {@code https://}, credentials are removed,
     * and a trailing {@code .git} or {@code /} is dropped.
     *
     * @param address an SCM URL or connection string
     * @return the web URL, or empty when the address is not one
     */
    public static Optional<String> toWebUrl(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String s = address.strip();
        Matcher prefix = SCM_PREFIX.matcher(s);
        if (prefix.matches()) {
            s = prefix.group(2);
        }
        if (!s.contains("://")) {
            Matcher scp = SCP_LIKE.matcher(s);
            if (!scp.matches()) {
                return Optional.empty();
            }
            s = "https://" + scp.group(1) + "/" + scp.group(2);
        }
        s = Credentials.filter(s);
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        if (scheme.equals("ssh") || scheme.equals("git") || scheme.equals("git+ssh") || scheme.equals("http")
                || scheme.equals("https")) {
            // The web interface of a host is on https, whichever protocol the clone uses.
            String web = (scheme.equals("http") ? "http" : "https") + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (scheme.equals("http") || scheme.equals("https") ? port(uri) : "")
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
            return Optional.of(trimRepositorySuffix(web));
        }
        return Optional.of(trimRepositorySuffix(s));
    }

    private static String port(URI uri) {
        return uri.getPort() < 0 ? "" : ":" + uri.getPort();
    }

    private static String trimRepositorySuffix(String url) {
        String s = url;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(".git")) {
            s = s.substring(0, s.length() - 4);
        }
        return s;
    }
}
