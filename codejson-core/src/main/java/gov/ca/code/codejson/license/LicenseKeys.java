package gov.ca.code.codejson.license;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces license names and URLs to lookup keys, so that spellings that differ only in case,
 * punctuation or version markers meet.
 */
final class LicenseKeys {

    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z0-9.+]+");
    private static final Pattern LONE_DOT = Pattern.compile("(?<![0-9])\\.|\\.(?![0-9])");
    private static final Pattern GLUED_V = Pattern.compile("(?<=[a-z])v(?=[0-9])");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])");
    private static final Pattern VERSION_WORD = Pattern.compile("\\b(?:version|v)\\b");
    private static final Pattern TRAILING_ZERO = Pattern.compile("([0-9])\\.0(?![0-9.])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern CC_DEED = Pattern.compile("/(?:legalcode|deed)(?:\\.[a-z]{2}(?:-[a-z]{2,4})?)?$");
    private static final Pattern EXTENSION = Pattern.compile("(?:\\.en)?\\.(?:txt|html?|php|md|json)$");

    private LicenseKeys() {
    }

    /**
     * Returns the key of a license name or identifier.
     *
     * <p>The name is lower-cased; {@code licence} becomes {@code license}; every run of characters
     * other than letters, digits, {@code .} and {@code +} becomes one space, and so does a dot
     * that is not between two digits; letters and digits are split apart ({@code GPLv3} and
     * {@code GPL 3} meet); the words {@code version} and {@code v} are dropped; a {@code .0}
     * ending a number is dropped ({@code 2.0} and {@code 2} meet); a leading {@code the} is
     * dropped. So {@code The Apache License, Version 2.0} and {@code apache license 2} share the
     * key {@code apache license 2}.
     *
     * @param name a license name; not {@code null}
     * @return its key, possibly empty
     */
    static String name(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace("licence", "license");
        key = NOT_KEPT.matcher(key).replaceAll(" ");
        key = LONE_DOT.matcher(key).replaceAll(" ");
        key = GLUED_V.matcher(key).replaceAll(" ");
        key = LETTER_DIGIT.matcher(key).replaceAll(" ");
        key = VERSION_WORD.matcher(key).replaceAll(" ");
        key = TRAILING_ZERO.matcher(key).replaceAll("$1");
        key = SPACES.matcher(key).replaceAll(" ").strip();
        if (key.startsWith("the ")) {
            key = key.substring("the ".length());
        }
        return key;
    }

    /**
     * Returns the key of a license URL.
     *
     * <p>The URL is trimmed and lower-cased; its fragment, scheme ({@code http}, {@code https}
     * or any other), a leading {@code www.} and trailing slashes are dropped; so are a final
     * Creative Commons {@code legalcode} or {@code deed} page and a final {@code .txt},
     * {@code .html}, {@code .htm}, {@code .php}, {@code .md} or {@code .json}, with an
     * {@code .en} before it. So {@code http://www.apache.org/licenses/LICENSE-2.0.txt} and
     * {@code https://apache.org/licenses/LICENSE-2.0/} share the key
     * {@code apache.org/licenses/license-2.0}.
     *
     * @param url a license URL; not {@code null}
     * @return its key, possibly empty
     */
    static String url(String url) {
        String key = url.strip().toLowerCase(Locale.ROOT);
        int fragment = key.indexOf('#');
        if (fragment >= 0) {
            key = key.substring(0, fragment);
        }
        key = SCHEME.matcher(key).replaceFirst("");
        if (key.startsWith("www.")) {
            key = key.substring("www.".length());
        }
        key = withoutTrailingSlashes(key);
        key = CC_DEED.matcher(key).replaceFirst("");
        key = EXTENSION.matcher(key).replaceFirst("");
        return withoutTrailingSlashes(key);
    }

    /**
     * Drops the slashes that end a text. A loop from the end rather than {@code /+$}, which a
     * regular expression engine tries at every slash of a long run that is not at the end:
     * quadratic in an untrusted URL.
     */
    private static String withoutTrailingSlashes(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '/') {
            end--;
        }
        return key.substring(0, end);
    }

    /**
     * Tells whether a license name is in fact a web address.
     *
     * @param name a license name; not {@code null}
     * @return {@code true} if it starts with {@code http://}, {@code https://} or {@code www.}
     */
    static boolean looksLikeUrl(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
    }
}
