package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.constraints.Findings;

/** Checks {@link QualityHints}. */
public final class QualityHintsValidator implements ConstraintValidator<QualityHints, Release> {

    /**
     * Template leftovers seen in published inventories, matched without regard to ASCII case: the
     * words TODO, TBD and CHANGEME standing alone, the phrases below anywhere, {@code {{...}}} and
     * {@code <letters, spaces, _ or ->}. Found by the hand-written scans below rather than a regular
     * expression: each is one pass over the text whatever it holds.
     */
    private static final List<String> WORDS = List.of("TODO", "TBD", "CHANGEME");
    private static final List<String> PHRASES = List.of("LOREM IPSUM", "REPOSITORY_NAME", "PROJECT_NAME");

    @Override
    public boolean isValid(Release value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        String name = value.name().orElse("");
        String description = value.description().orElse("");
        if (!name.isBlank() && letters(description).equals(letters(name))) {
            Findings.report(context, "/description",
                    "the description only repeats the name; say in a sentence or two what the release does");
            valid = false;
        }
        List<Property<String>> tags = value.tags().orElse(null);
        if (tags != null && tags.size() < 3) {
            Findings.report(context, "/tags", "only " + Counts.of(tags.size(), "tag")
                    + "; three or more help people find the release");
            valid = false;
        }
        valid &= placeholder(context, "/name", name);
        valid &= placeholder(context, "/description", description);
        valid &= placeholder(context, "/repositoryURL", value.repositoryURL().orElse(""));
        valid &= placeholder(context, "/homepageURL", value.homepageURL().orElse(""));
        valid &= placeholder(context, "/disclaimerURL", value.disclaimerURL().orElse(""));
        return valid;
    }

    /** Compares names the way people read them: "Fire Map" repeats "fire-map". */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return unicodeLetters(text);
            }
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #letters} for text beyond ASCII, where lower-casing may change the length. */
    private static String unicodeLetters(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(c -> Character.isLetter(c) || isNumber(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Unicode category N: decimal digits, letter numbers and other numbers. */
    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean placeholder(ConstraintValidatorContext context, String pointer, String text) {
        String found = findPlaceholder(text);
        if (found == null) {
            return true;
        }
        Findings.report(context, pointer, "contains the placeholder " + Findings.quote(found)
                + "; replace it with the real value");
        return false;
    }

    /** {@return the leftmost template leftover in a text, or null} */
    static String findPlaceholder(String text) {
        int best = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (String word : WORDS) {
            int at = find(text, word, true);
            if (at >= 0 && at < best) {
                best = at;
                bestEnd = at + word.length();
            }
        }
        for (String phrase : PHRASES) {
            int at = find(text, phrase, false);
            if (at >= 0 && at < best) {
                best = at;
                bestEnd = at + phrase.length();
            }
        }
        int braces = doubleBraces(text);
        if (braces >= 0 && braces < best) {
            best = braces;
            bestEnd = text.indexOf("}}", braces + 2) + 2;
        }
        int angle = angleBrackets(text);
        if (angle >= 0 && angle < best) {
            best = angle;
            bestEnd = text.indexOf('>', angle) + 1;
        }
        return bestEnd < 0 ? null : text.substring(best, bestEnd);
    }

    /**
     * {@return the first index where an upper-case ASCII word occurs in a text regardless of ASCII
     * case, with a word boundary on either side when asked, or -1}
     */
    private static int find(String text, String word, boolean bounded) {
        int last = text.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (equalsIgnoringAsciiCase(text, i, word)
                    && (!bounded || (isBoundary(text, i) && isBoundary(text, i + word.length())))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean equalsIgnoringAsciiCase(String text, int from, String upper) {
        for (int j = 0; j < upper.length(); j++) {
            char c = text.charAt(from + j);
            char u = upper.charAt(j);
            if (c != u && !(u >= 'A' && u <= 'Z' && c == u + ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word boundary lies at an index, as {@code \b} decides: a letter, digit or
     * underscore on one side only, a non-spacing mark counting as part of the letter it follows.
     */
    private static boolean isBoundary(String text, int i) {
        return isWordBefore(text, i) != isWordAfter(text, i);
    }

    private static boolean isWordBefore(String text, int i) {
        if (i <= 0) {
            return false;
        }
        int c = text.codePointBefore(i);
        return isWordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, i - 1);
    }

    private static boolean isWordAfter(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        int c = text.codePointAt(i);
        return isWordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, i);
    }

    /** Whether the non-spacing marks ending at an index follow a letter or digit. */
    private static boolean hasBase(String text, int i) {
        for (int x = i; x >= 0; x--) {
            int c = text.codePointAt(x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWordChar(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /**
     * {@return the first index of {@code {{} whose first closing brace is the start of {@code }}},
     * or -1} Every opening before the same first closing brace shares its fate, so the scan goes on
     * after that brace: one pass.
     */
    private static int doubleBraces(String text) {
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return -1;
            }
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                return -1;
            }
            if (close + 1 < text.length() && text.charAt(close + 1) == '}') {
                return open;
            }
            from = close + 1;
        }
    }

    /** {@return the first index of {@code <} followed by one or more ASCII letters, spaces, {@code _} or {@code -} and {@code >}, or -1} */
    private static int angleBrackets(String text) {
        int i = text.indexOf('<');
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && isTagChar(text.charAt(j))) {
                j++;
            }
            if (j > i + 1 && j < text.length() && text.charAt(j) == '>') {
                return i;
            }
            i = text.indexOf('<', j);
        }
        return -1;
    }

    private static boolean isTagChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '_' || c == '-';
    }
}
