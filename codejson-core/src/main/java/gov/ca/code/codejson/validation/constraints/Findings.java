package gov.ca.code.codejson.validation.constraints;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.Numbers;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.text.Counts;

/** Helpers for constraint validators that report {@link Finding findings}. */
public final class Findings {

    /** Compiled once: {@code String.matches} compiles its pattern on every call. */
    private static final Pattern STARTS_WITH_VOWEL = Pattern.compile("^[aeiou].*");

    private Findings() {
    }

    /**
     * Reports one finding in place of the default violation.
     *
     * @param context the validator context
     * @param pointer the pointer relative to the validated object
     * @param message what is wrong and what to do
     */
    public static void report(ConstraintValidatorContext context, String pointer, String message) {
        report(context, new Finding(pointer, message));
    }

    /**
     * Reports one finding in place of the default violation.
     *
     * @param context the validator context
     * @param finding the finding
     */
    public static void report(ConstraintValidatorContext context, Finding finding) {
        String message = finding.message();
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(finding)
                .buildConstraintViolationWithTemplate(escape(message))
                .addConstraintViolation();
    }

    /** Message templates treat braces, dollar signs and backslashes as syntax; user text must not. */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && !isTemplateSyntax(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isTemplateSyntax(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isTemplateSyntax(char c) {
        return c == '{' || c == '}' || c == '$' || c == '\\';
    }

    /** {@return a short description of a JSON value for messages, such as {@code number 10}} */
    public static String describe(JsonValue value) {
        if (value instanceof JsonValue.JsonString s) {
            return "string " + quote(s.value());
        } else if (value instanceof JsonValue.JsonNumber n) {
            return "number " + Numbers.describe(n.text());
        } else if (value instanceof JsonValue.JsonBoolean b) {
            return "boolean " + b.value();
        } else if (value instanceof JsonValue.JsonNull) {
            return "null";
        } else if (value instanceof JsonValue.JsonArray a) {
            return "an array of " + Counts.of(a.elements().size(), "value");
        }
        return "an object";
    }

    /** {@return a string in double quotes, shortened when long} */
    public static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }

    /** {@return the message for a value of the wrong type or spelling} */
    public static String invalid(String field, Property.Invalid<?> invalid) {
        if (!invalid.allowed().isEmpty() && invalid.raw() instanceof JsonValue.JsonString s) {
            String closest = closest(s.value(), invalid.allowed());
            return field + " is " + quote(s.value()) + ", which is not an allowed value; use " + quote(closest)
                    + (invalid.allowed().size() > 1 ? " (allowed: " + String.join(", ", invalid.allowed()) + ")" : "");
        }
        if (!invalid.allowed().isEmpty()) {
            return field + " is " + describe(invalid.raw()) + ", which is not an allowed value (allowed: "
                    + String.join(", ", invalid.allowed()) + ")";
        }
        String hint = "";
        if (invalid.raw() instanceof JsonValue.JsonString s && invalid.expected().equals("number")) {
            hint = isNumber(s.value()) ? "; write it without quotes" : "; write a number";
        } else if (invalid.raw() instanceof JsonValue.JsonNumber && invalid.expected().equals("string")) {
            hint = "; put it in quotes";
        } else if (!(invalid.raw() instanceof JsonValue.JsonArray) && invalid.expected().startsWith("array")) {
            hint = "; wrap it in [ ]";
        }
        return field + " must be " + article(invalid.expected()) + ", not " + describe(invalid.raw()) + hint;
    }

    /** {@return the expected type with its indefinite article} */
    public static String article(String type) {
        return (STARTS_WITH_VOWEL.matcher(type).matches() ? "an " : "a ") + type;
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Finds the allowed value closest to what was written: the same letters in another case
     * first, then the one value that begins with what was written (an abbreviation, such as
     * {@code lines} for {@code linesOfCode}, which edit distance would rank below a short value),
     * then the smallest edit distance, ties to the earlier value.
     *
     * @param written what the file has
     * @param allowed the allowed values in schema order
     * @return the suggestion
     */
    public static String closest(String written, List<String> allowed) {
        String lower = written.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
        for (String a : allowed) {
            if (a.toLowerCase(Locale.ROOT).replace(" ", "").equals(lower)) {
                return a;
            }
        }
        List<String> extended = lower.isEmpty() ? List.of()
                : allowed.stream().filter(a -> a.toLowerCase(Locale.ROOT).replace(" ", "").startsWith(lower)).toList();
        if (extended.size() == 1) {
            return extended.get(0);
        }
        String best = allowed.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance(lower, a.toLowerCase(Locale.ROOT).replace(" ", ""));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
