package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.constraints.Findings;

import org.jspecify.annotations.Nullable;

/** Checks {@link QualityHints}. */
public final class QualityHintsValidator implements ConstraintValidator<QualityHints, Release> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public QualityHintsValidator() {
    }

    /*
     * Template leftovers seen in published inventories, matched without regard to ASCII case: the
     * words TODO, TBD and CHANGEME standing alone, the phrases LOREM IPSUM, REPOSITORY_NAME and
     * PROJECT_NAME anywhere, {{...}} and <letters, spaces, _ or ->. Found by one hand-written scan
     * of the text for all of them at once rather than a regular expression or a pass per word: the
     * time is linear in the text whatever it holds.
     */

    @Override
    public boolean isValid(@Nullable Release value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        String name = value.name().orElse("");
        String description = value.description().orElse("");
        if (!name.isBlank() && sameLetters(description, name)) {
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

    /**
     * Whether two texts have the same {@link #letters}, compared in place for ASCII text: the
     * description of every release is compared with its name, and most differ early.
     */
    static boolean sameLetters(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && a.charAt(i) < 0x80 && !isAsciiLetterOrDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && b.charAt(j) < 0x80 && !isAsciiLetterOrDigit(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                if (i == a.length() && j == b.length()) {
                    return true;
                }
                // An ASCII letter or digit left on one side is a difference; any other character
                // needs the Unicode comparison.
                char rest = i < a.length() ? a.charAt(i) : b.charAt(j);
                return rest >= 0x80 && letters(a).equals(letters(b));
            }
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (x >= 0x80 || y >= 0x80) {
                return letters(a).equals(letters(b));
            }
            if (lower(x) != lower(y)) {
                return false;
            }
            i++;
            j++;
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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
    static @Nullable String findPlaceholder(String text) {
        int n = text.length();
        // No "{{" before this index starts a placeholder: every opening before a closing brace
        // that is not doubled shares that brace's fate, so none is looked at twice.
        int bracesFrom = 0;
        for (int i = 0; i < n; i++) {
            int end = -1;
            switch (text.charAt(i)) {
                case 'T', 't' -> {
                    end = wordEnd(text, i, "TODO");
                    if (end < 0) {
                        end = wordEnd(text, i, "TBD");
                    }
                }
                case 'C', 'c' -> end = wordEnd(text, i, "CHANGEME");
                case 'L', 'l' -> end = phraseEnd(text, i, "LOREM IPSUM");
                case 'R', 'r' -> end = phraseEnd(text, i, "REPOSITORY_NAME");
                case 'P', 'p' -> end = phraseEnd(text, i, "PROJECT_NAME");
                case '{' -> {
                    if (i >= bracesFrom && i + 1 < n && text.charAt(i + 1) == '{') {
                        int close = text.indexOf('}', i + 2);
                        if (close < 0) {
                            bracesFrom = n;
                        } else if (close + 1 < n && text.charAt(close + 1) == '}') {
                            end = close + 2;
                        } else {
                            bracesFrom = close + 1;
                        }
                    }
                }
                case '<' -> end = tagEnd(text, i);
                default -> {
                }
            }
            if (end >= 0) {
                return text.substring(i, end);
            }
        }
        return null;
    }

    /** {@return the end of an upper-case ASCII phrase at an index regardless of ASCII case, or -1} */
    private static int phraseEnd(String text, int i, String phrase) {
        return i + phrase.length() <= text.length() && equalsIgnoringAsciiCase(text, i, phrase) ? i + phrase.length() : -1;
    }

    /** {@link #phraseEnd} for a word that must stand alone: a word boundary on either side. */
    private static int wordEnd(String text, int i, String word) {
        int end = phraseEnd(text, i, word);
        return end >= 0 && isBoundary(text, i) && isBoundary(text, end) ? end : -1;
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

    /** {@return the end of {@code <} followed by one or more ASCII letters, spaces, {@code _} or {@code -} and {@code >} at an index, or -1} */
    private static int tagEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isTagChar(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && j < text.length() && text.charAt(j) == '>' ? j + 1 : -1;
    }

    private static boolean isTagChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '_' || c == '-';
    }
}
