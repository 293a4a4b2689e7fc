package gov.ca.code.codejson.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of generating a code.json document from a project. Generation always builds a
 * document: the settings it takes can only hold a family and profile it generates (see
 * {@link GenerationSettings.Builder#parse()}, which reports the values it cannot use), so nothing
 * here is absent.
 *
 * @param document the generated document, read back from {@code text} so that violations have
 *     lines and columns
 * @param text the canonical text of the document
 * @param release the generated release (or per-repository object) as JSON, the part of the file
 *     the project owns
 * @param findings what generation could not do or inferred, in the order found, each with the
 *     generated field it concerns
 * @param validation the validation of the document
 * @param provenance for each generated JSON pointer, the input it came from or where to set it
 * @param laborReport the side report of the labor hours estimate as JSON text, empty when the
 *     hours were set
 */
public record Generation(
        Document document,
        String text,
        JsonValue.JsonObject release,
        List<Finding> findings,
        ValidationReport validation,
        Map<String, Source> provenance,
        String laborReport) {

    /** Creates the outcome; no component may be null, collections are copied. */
    public Generation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(laborReport, "laborReport");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        provenance = Map.copyOf(provenance);
    }

    /** {@return whether neither generation nor validation found an error} */
    public boolean valid() {
        return findings.stream().noneMatch(Finding::isError) && validation.valid();
    }

    /** {@return whether the labor hours were estimated, so that {@link #laborReport()} holds the estimate} */
    public boolean laborEstimated() {
        return !laborReport.isEmpty();
    }

    /** {@return the diagnostics of generation, in the order found} */
    public List<Diagnostic> diagnostics() {
        return findings.stream().map(Finding::diagnostic).toList();
    }

    /** {@return the violations of the generated document} */
    public List<Diagnostic> violations() {
        return validation.violations();
    }

    /** {@return how many problems and violations have this severity} */
    public long count(Severity severity) {
        return findings.stream().filter(p -> p.severity() == severity).count()
                + violations().stream().filter(v -> v.severity() == severity).count();
    }

    /**
     * Places each violation of the generated document where the user fixes it: a value that came
     * from the overlay at its place in the overlay file; any other in the written file, or, when
     * nothing was written, in the project file without a location. Outside the overlay, the
     * message is followed by the adapter's words for the input behind the value.
     *
     * @param projectFile the project file's name as shown, such as {@code pom.xml}
     * @param writtenTo the written file's name as shown, or null when nothing was written
     * @param hint the adapter's words for a source, appended to the message, such as
     *     the POM element to set; empty for none
     * @return the violations, in order
     */
    public List<Diagnostic> placedViolations(String projectFile, @Nullable String writtenTo, Function<Source, String> hint) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic v : violations()) {
            Optional<Source> source = sourceOf(v.pointer());
            String message = v.message() + source.map(hint).orElse("");
            if (source.isPresent() && source.get().kind() == Source.Kind.OVERLAY) {
                Source s = source.get();
                out.add(v.inFile(s.file().isEmpty() ? projectFile : s.file()).withLocation(s.location()));
            } else if (writtenTo != null) {
                out.add(v.inFile(writtenTo).withMessage(message));
            } else {
                out.add(v.inFile(projectFile).withLocation(Location.UNKNOWN).withMessage(message));
            }
        }
        return List.copyOf(out);
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
