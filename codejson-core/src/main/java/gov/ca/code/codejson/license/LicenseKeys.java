package gov.ca.code.codejson.license;

import java.util.Locale;
import java.util.List;

/**
 * Reduces license names and URLs to lookup keys, so that spellings that differ only in case,
 * punctuation or version markers meet.
 */
final class LicenseKeys {

    // The keys are made once per name or URL of the SPDX list when it loads (a few thousand) and for
    // every license a document names, so each step below is one pass over the text rather than a
    // regular expression: the list then loads in a fraction of the time, which a build pays once
    // per run. LicenseKeysOracleTest holds each step's former expression and checks the two agree.

    /** The final extensions a URL key drops, {@code html} before {@code htm}. */
    private static final List<String> EXTENSIONS = List.of("txt", "html", "htm", "php", "md", "json");

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
        key = keptCharacters(key);
        key = loneDotsToSpaces(key);
        key = gluedVsToSpaces(key);
        key = lettersApartFromDigits(key);
        key = versionWordsToSpaces(key);
        key = trailingZerosDropped(key);
        key = spacesCollapsed(key).strip();
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
        key = key.substring(schemeLength(key));
        if (key.startsWith("www.")) {
            key = key.substring("www.".length());
        }
        key = withoutTrailingSlashes(key);
        key = withoutCreativeCommonsPage(key);
        key = withoutExtension(key);
        return withoutTrailingSlashes(key);
    }

    /** Each run of characters other than {@code a-z}, {@code 0-9}, {@code .} and {@code +} becomes one space. */
    private static String keptCharacters(String key) {
        StringBuilder b = new StringBuilder(key.length());
        boolean inRun = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean kept = isLetter(c) || isDigit(c) || c == '.' || c == '+';
            if (kept) {
                b.append(c);
            } else if (!inRun) {
                b.append(' ');
            }
            inRun = !kept;
        }
        return b.toString();
    }

    /** A dot becomes a space unless a digit stands on each side of it. */
    private static String loneDotsToSpaces(String key) {
        char[] out = key.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '.' && !(i > 0 && isDigit(key.charAt(i - 1)) && i + 1 < out.length && isDigit(key.charAt(i + 1)))) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    /** A {@code v} between a letter and a digit becomes a space: {@code gplv3} is {@code gpl 3}. */
    private static String gluedVsToSpaces(String key) {
        char[] out = key.toCharArray();
        for (int i = 1; i + 1 < out.length; i++) {
            if (out[i] == 'v' && isLetter(key.charAt(i - 1)) && isDigit(key.charAt(i + 1))) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    /** A space goes between each letter and a digit next to it. */
    private static String lettersApartFromDigits(String key) {
        StringBuilder b = new StringBuilder(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i > 0) {
                char before = key.charAt(i - 1);
                if (isLetter(before) && isDigit(c) || isDigit(before) && isLetter(c)) {
                    b.append(' ');
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * The words {@code version} and {@code v} become a space. After {@link #keptCharacters} a word
     * is a run of letters and digits: the text holds no other letter, nor {@code _}.
     */
    private static String versionWordsToSpaces(String key) {
        StringBuilder b = new StringBuilder(key.length());
        int i = 0;
        while (i < key.length()) {
            int end = -1;
            if (i == 0 || !isWordCharacter(key.charAt(i - 1))) {
                if (key.startsWith("version", i) && wordEndsAt(key, i + "version".length())) {
                    end = i + "version".length();
                } else if (key.charAt(i) == 'v' && wordEndsAt(key, i + 1)) {
                    end = i + 1;
                }
            }
            if (end < 0) {
                b.append(key.charAt(i));
                i++;
            } else {
                b.append(' ');
                i = end;
            }
        }
        return b.toString();
    }

    private static boolean wordEndsAt(String key, int index) {
        return index == key.length() || !isWordCharacter(key.charAt(index));
    }

    /** A {@code .0} that ends a number is dropped: {@code 2.0} is {@code 2}, and {@code 2.0.1} stays. */
    private static String trailingZerosDropped(String key) {
        StringBuilder b = new StringBuilder(key.length());
        int i = 0;
        while (i < key.length()) {
            char c = key.charAt(i);
            b.append(c);
            if (isDigit(c) && key.startsWith(".0", i + 1)
                    && (i + 3 == key.length() || !isDigit(key.charAt(i + 3)) && key.charAt(i + 3) != '.')) {
                i += 3;
            } else {
                i++;
            }
        }
        return b.toString();
    }

    /**
     * Each run of spaces becomes one. After {@link #keptCharacters} a space is the only white space
     * left; the steps after it put spaces beside others.
     */
    private static String spacesCollapsed(String key) {
        StringBuilder b = new StringBuilder(key.length());
        boolean inRun = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean space = c == ' ';
            if (!space) {
                b.append(c);
            } else if (!inRun) {
                b.append(' ');
            }
            inRun = space;
        }
        return b.toString();
    }

    /** {@return the length of a leading scheme and {@code ://}, such as {@code https://}, or 0} */
    private static int schemeLength(String key) {
        if (key.isEmpty() || !isLetter(key.charAt(0))) {
            return 0;
        }
        int i = 1;
        while (i < key.length() && isSchemeCharacter(key.charAt(i))) {
            i++;
        }
        return key.startsWith("://", i) ? i + 3 : 0;
    }

    /**
     * Drops a final Creative Commons page: {@code /legalcode} or {@code /deed}, with a language
     * such as {@code .en} or {@code .pt-br} after it.
     */
    private static String withoutCreativeCommonsPage(String key) {
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            int word = key.startsWith("legalcode", slash + 1) ? slash + 10 : key.startsWith("deed", slash + 1) ? slash + 5 : -1;
            if (word < 0) {
                continue;
            }
            int end = -1;
            if (key.startsWith(".", word) && letters(key, word + 1, 2)) {
                int language = word + 3;
                if (key.startsWith("-", language)) {
                    for (int n = 4; n >= 2 && end < 0; n--) {
                        if (letters(key, language + 1, n) && endsAt(key, language + 1 + n)) {
                            end = language + 1 + n;
                        }
                    }
                }
                if (end < 0 && endsAt(key, language)) {
                    end = language;
                }
            }
            if (end < 0 && endsAt(key, word)) {
                end = word;
            }
            if (end >= 0) {
                return key.substring(0, slash) + key.substring(end);
            }
        }
        return key;
    }

    /** Drops a final {@code .txt}, {@code .html}, {@code .htm}, {@code .php}, {@code .md} or {@code .json}, with an {@code .en} before it. */
    private static String withoutExtension(String key) {
        for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
            int end = key.startsWith(".en", dot) ? extensionEnd(key, dot + 3) : -1;
            if (end < 0) {
                end = extensionEnd(key, dot);
            }
            if (end >= 0) {
                return key.substring(0, dot) + key.substring(end);
            }
        }
        return key;
    }

    /** {@return where an extension that starts with the dot at {@code dot} and ends the text ends, or -1} */
    private static int extensionEnd(String key, int dot) {
        if (!key.startsWith(".", dot)) {
            return -1;
        }
        for (String extension : EXTENSIONS) {
            int end = dot + 1 + extension.length();
            if (key.startsWith(extension, dot + 1) && endsAt(key, end)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Tells whether a regular expression's {@code $} would hold at an index: at the end of the
     * text, or before one line terminator that ends it, as {@code java.util.regex} has it.
     */
    private static boolean endsAt(String key, int index) {
        int length = key.length();
        if (index == length) {
            return true;
        }
        if (index == length - 2) {
            return key.charAt(index) == '\r' && key.charAt(index + 1) == '\n';
        }
        if (index != length - 1) {
            return false;
        }
        char c = key.charAt(index);
        return c == '\n' && (index == 0 || key.charAt(index - 1) != '\r') || c == '\r' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean letters(String key, int from, int count) {
        if (from + count > key.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isLetter(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordCharacter(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isSchemeCharacter(char c) {
        return isLetter(c) || isDigit(c) || c == '+' || c == '.' || c == '-';
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
