package gov.ca.code.codejson.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.diagnostic.Severity;

import org.jspecify.annotations.Nullable;

/**
 * What one field mapping records while it runs: the provenance of the pointers it writes and the
 * diagnostics it finds. Each mapping call makes its own and returns it as a {@link Mapped}, so no
 * state outlives the call.
 */
final class Trace {

    static final String CREDENTIALS_REMOVED = "generate.credentials-removed";
    static final String CREDENTIALS_MESSAGE = "the URL carries a user name, password or token; it was left out of"
            + " code.json, but remove it from where it was written too, and change the password if it was real";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, Source> provenance = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    /** Records where the value at a pointer comes from. */
    Trace from(String pointer, Source source) {
        provenance.put(pointer, source);
        return this;
    }

    /** Records a source only when the pointer has none yet. */
    void fromIfAbsent(String pointer, Source source) {
        provenance.putIfAbsent(pointer, source);
    }

    /** Records a diagnostic about a generated field. */
    void report(Severity severity, String rule, String field, Source source, String message) {
        findings.add(Finding.of(severity, rule, field, source, message));
    }

    /** Takes over what another mapping recorded; {@return its value} */
    <T> T absorb(Mapped<T> mapped) {
        provenance.putAll(mapped.provenance());
        findings.addAll(mapped.findings());
        return mapped.value();
    }

    /** {@return the provenance recorded so far} */
    Map<String, Source> provenance() {
        return java.util.Collections.unmodifiableMap(provenance);
    }

    /** {@return the findings recorded so far} */
    List<Finding> findings() {
        return java.util.Collections.unmodifiableList(findings);
    }

    /** {@return the outcome of the mapping} */
    <T> Mapped<T> done(T value) {
        return new Mapped<>(value, provenance, findings);
    }

    /** {@return the URL without credentials, warning when it carried some} */
    String credentialFree(String url, String field, Source source) {
        warnAboutCredentials(url, field, source);
        return Credentials.filter(url);
    }

    void warnAboutCredentials(String url, String field, Source source) {
        if (Credentials.carried(url.strip())) {
            report(Severity.WARNING, CREDENTIALS_REMOVED, field, source, CREDENTIALS_MESSAGE);
        }
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static String collapse(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }
}
