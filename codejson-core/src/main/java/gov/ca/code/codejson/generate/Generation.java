package gov.ca.code.codejson.generate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of generating a code.json document from a project.
 *
 * @param document the generated document, read back from {@code text} so that violations have
 *     lines and columns; null when the settings did not allow building one
 * @param text the canonical text of the document, or null
 * @param release the generated release (or per-repository object) as JSON, the part of the file
 *     the project owns; null when no document was built
 * @param findings what generation could not do or inferred, in the order found, each with the
 *     generated field it concerns
 * @param validation the validation of the document, or null when no document was built
 * @param provenance for each generated JSON pointer, the input it came from or where to set it
 * @param laborReport the side report of the labor hours estimate as JSON text, or null when the
 *     hours were configured
 */
public record Generation(
        @Nullable Document document,
        @Nullable String text,
        JsonValue.@Nullable JsonObject release,
        List<Finding> findings,
        @Nullable ValidationReport validation,
        Map<String, Source> provenance,
        @Nullable String laborReport) {

    /** Creates the outcome; collections are copied. */
    public Generation {
        findings = List.copyOf(findings);
        provenance = Map.copyOf(provenance);
    }

    /** {@return whether a document was built and neither generation nor validation found an error} */
    public boolean valid() {
        return document != null && findings.stream().noneMatch(Finding::isError)
                && validation != null && validation.valid();
    }

    /** {@return the diagnostics of generation, in the order found} */
    public List<gov.ca.code.codejson.diagnostic.Diagnostic> diagnostics() {
        return findings.stream().map(Finding::diagnostic).toList();
    }

    /** {@return the violations of the generated document, or none when no document was built} */
    public List<Diagnostic> violations() {
        return validation == null ? List.of() : validation.violations();
    }

    /** {@return how many problems and violations have this severity} */
    public long count(Severity severity) {
        return findings.stream().filter(p -> p.severity() == severity).count()
                + violations().stream().filter(v -> v.severity() == severity).count();
    }

    /**
     * Finds the input behind a JSON pointer of the generated document: the value's own source, or
     * that of the nearest enclosing value that has one.
     *
     * @param pointer a pointer into the generated document
     * @return the input to change, if known
     */
    public Optional<Source> sourceOf(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        List<String> tokens = JsonPointer.tokens(pointer);
        for (int n = tokens.size(); n >= 0; n--) {
            String prefix = "";
            for (int i = 0; i < n; i++) {
                prefix = JsonPointer.append(prefix, tokens.get(i));
            }
            Source s = provenance.get(prefix);
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
