package gov.ca.code.codejson.diagnostic;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * One thing the tool reports: in which file, where, about what, under which rule, how serious,
 * and what to do. Every use case reports with this type; the formatters of the library turn a list
 * of them into compiler-style text, JSON or SARIF.
 *
 * @param file the file concerned, as the user names it (a relative path is best), or {@code ""}
 *     when the diagnostic is about no file
 * @param location where in the file, or {@link Location#UNKNOWN}
 * @param subject what it is about
 * @param rule the stable rule code, such as {@code schema.required}
 * @param severity how serious it is
 * @param message what is wrong and what to do
 */
public record Diagnostic(String file, Location location, Subject subject, String rule, Severity severity,
        String message) {

    /**
     * Report order: by file, then location, then subject (a pointer, or an input's key), rule and
     * message. Within one file it is document order.
     */
    public static final Comparator<Diagnostic> ORDER = order(Subject::text);

    /** Creates a diagnostic; no component may be null. */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@return the report order, with subjects compared as {@code subjectText} spells them}
     *
     * @param subjectText how a subject is written, such as an adapter's name of an input
     */
    public static Comparator<Diagnostic> order(Function<Subject, String> subjectText) {
        return Comparator.comparing(Diagnostic::file)
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column())
                .thenComparing(d -> subjectText.apply(d.subject()), Diagnostic::compareNaturally)
                .thenComparing(Diagnostic::rule)
                .thenComparing(Diagnostic::message);
    }

    /**
     * Compares texts with each run of digits taken as its number, so that {@code /releases/2} comes
     * before {@code /releases/10}: without locations (a document built in code), pointers alone
     * give document order.
     */
    private static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                // Past their leading zeros, the longer run is the larger number; runs of one length compare as text.
                int fromA = nonZero(a, i, endA);
                int fromB = nonZero(b, j, endB);
                int c = endA - fromA != endB - fromB ? Integer.compare(endA - fromA, endB - fromB)
                        : a.substring(fromA, endA).compareTo(b.substring(fromB, endB));
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        // Numbers written with other leading zeros are still different texts: the order stays total.
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@return where a run of digits starts once its leading zeros are skipped, keeping its last digit} */
    private static int nonZero(String s, int from, int end) {
        int i = from;
        while (i < end - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * {@return a diagnostic about the value at a JSON pointer of a document not yet named}
     *
     * @param pointer the RFC 6901 pointer ({@code ""} is the document)
     * @param rule the rule code
     * @param severity how serious it is
     * @param message what is wrong and what to do
     * @param location where the value starts, or {@link Location#UNKNOWN}
     */
    public static Diagnostic at(String pointer, String rule, Severity severity, String message, Location location) {
        return new Diagnostic("", location, Subject.pointer(pointer), rule, severity, message);
    }

    /** {@return the JSON pointer this diagnostic is about, or {@code ""} when it is about a document or no value} */
    public String pointer() {
        return subject instanceof Subject.Pointer p ? p.pointer() : "";
    }

    /** {@return this diagnostic about another JSON value: the same rule, severity, message and location} */
    public Diagnostic withPointer(String pointer) {
        return new Diagnostic(file, location, Subject.pointer(pointer), rule, severity, message);
    }

    /** {@return this diagnostic at another place in its file} */
    public Diagnostic withLocation(Location at) {
        return new Diagnostic(file, at, subject, rule, severity, message);
    }

    /** {@return this diagnostic with another message in place of its own, such as the message with a hint added} */
    public Diagnostic withMessage(String text) {
        return new Diagnostic(file, location, subject, rule, severity, text);
    }

    /** {@return whether this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return this diagnostic, about the given file} */
    public Diagnostic inFile(String name) {
        return new Diagnostic(name, location, subject, rule, severity, message);
    }
}
