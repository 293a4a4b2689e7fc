package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Input;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** The parser's messages as the reader reports them: a limit named as {@link ReadLimits} names it, the rest cleaned. */
final class ParserMessages {

    private ParserMessages() {
    }

    /** The reason for a limit the parser itself enforces, named as {@link ReadLimits} names it. */
    static String constraint(ReadLimits limits, @Nullable String message, Function<Input, String> spelling) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return ReadLimits.exceeded(ReadLimits.Limit.MAX_DEPTH,
                    "the input nests deeper than " + limits.maxNestingDepth() + " levels", spelling);
        } else if (m.contains("Number value length")) {
            return ReadLimits.exceeded(ReadLimits.Limit.MAX_NUMBER_LENGTH, "a number is longer than "
                    + limits.maxNumberLength() + " characters", spelling);
        } else if (m.contains("String value length") || m.contains("Name length")) {
            return ReadLimits.exceeded(ReadLimits.Limit.MAX_STRING_LENGTH, "a string is longer than "
                    + limits.maxStringLength() + " characters", spelling);
        }
        return "the input exceeds a safety limit (" + clean(m) + ")";
    }

    /** Jackson messages carry a source description and marker positions that repeat the location. */
    static String clean(@Nullable String message) {
        if (message == null) {
            return "unreadable input";
        }
        String m = message;
        int cut = m.indexOf(" (start marker at");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf("\n");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        // The parser's advice names its own switches, which no user of this tool can turn on.
        cut = m.indexOf(" (not recognized as one since Feature");
        if (cut >= 0) {
            m = m.substring(0, cut) + "; JSON has no comments, so remove it";
        }
        cut = m.indexOf(": enable `JsonReadFeature.");
        if (cut >= 0) {
            m = m.substring(0, cut) + (m.startsWith("Non-standard token")
                    ? "; JSON numbers have no NaN or Infinity, so write a number or null" : "; standard JSON does not allow it");
        }
        return m.strip();
    }
}
