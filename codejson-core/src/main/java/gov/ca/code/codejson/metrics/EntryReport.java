package gov.ca.code.codejson.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.ValidationRequest;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.merge.InventoryConversion;
import gov.ca.code.codejson.report.DiagnosticCounts;

/**
 * The page a project's site shows about its code.json: the file's family and profile, its
 * validation, the data-quality score of each release, and the entry as written. The page is plain
 * content, paragraphs and tables of text, so that each site format renders it in its own markup
 * and escapes it there.
 *
 * @param title the page title
 * @param intro the paragraphs before the sections
 * @param sections the sections, in order
 */
public record EntryReport(String title, List<String> intro, List<Section> sections) {

    /** Creates the record; the lists are copied. */
    public EntryReport {
        Objects.requireNonNull(title, "title");
        intro = List.copyOf(Objects.requireNonNull(intro, "intro"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    }

    /**
     * A titled section.
     *
     * @param title its title
     * @param blocks its content, in order
     */
    public record Section(String title, List<Block> blocks) {
        /** Creates the record; the list is copied. */
        public Section {
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        }
    }

    /** A part of a section. */
    public sealed interface Block {
    }

    /**
     * A paragraph.
     *
     * @param text its text
     */
    public record Paragraph(String text) implements Block {
        /** Creates the record. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table of text cells.
     *
     * @param header the header cells
     * @param rows the rows, each as many cells as the header
     */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        /** Creates the record; the lists are copied. */
        public Table {
            header = List.copyOf(Objects.requireNonNull(header, "header"));
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Preformatted text, shown as it is.
     *
     * @param text the text
     */
    public record Verbatim(String text) implements Block {
        /** Creates the record. */
        public Verbatim {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The page of a file that could not be read.
     *
     * @param project the project's name
     * @param problem what is wrong with the file, located
     * @return the page, with the problem as its only paragraph
     */
    public static EntryReport unreadable(String project, String problem) {
        return new EntryReport(title(project), List.of(problem), List.of());
    }

    /**
     * The page of a file that was read and validated.
     *
     * @param project the project's name
     * @param name the file's name, as shown to the user
     * @param text the file's text
     * @param document the file as read
     * @param report its validation
     * @return the page
     */
    public static EntryReport of(String project, String name, String text, Document document, ValidationReport report) {
        return new EntryReport(title(project),
                List.of(name + ": " + document.family().id() + ", validated with profile " + report.profile().id() + "."),
                List.of(validation(report), quality(document), new Section("The entry", List.of(new Verbatim(text)))));
    }

    /**
     * The page of a file on disk: read, validated with a profile, or, when it cannot be read, the
     * located reason as its only paragraph.
     *
     * @param codejson the reader and validator, with the limits of the use case
     * @param project the project's name
     * @param file the file
     * @param name the file's name, as shown to the user
     * @param profile the profile's id, blank for the family's own
     * @return the page
     * @throws IOException when the file cannot be read as text
     * @throws DiagnosticException when the profile does not exist or does not apply to the file's family
     */
    public static EntryReport read(CodeJson codejson, String project, Path file, String name, String profile)
            throws IOException, DiagnosticException {
        Document document;
        try {
            document = codejson.read(file);
        } catch (JsonReadException e) {
            return unreadable(project, e.describe(name));
        }
        // Read as text only once the reader has judged it: a file over the read limits is not loaded whole.
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return of(project, name, text, document, ValidationRequest.of(document, name).withProfile(profile).run(codejson));
    }

    private static String title(String project) {
        return "code.json of " + project;
    }

    private static Section validation(ValidationReport report) {
        List<Diagnostic> violations = report.violations();
        DiagnosticCounts counts = DiagnosticCounts.of(violations);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph((counts.errors() == 0 ? "Valid" : "Invalid") + ": " + counts.text() + ", " + counts.infos()
                + " other notes."));
        if (!violations.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Diagnostic v : violations) {
                String pointer = v.subject() instanceof Subject.Pointer p ? p.pointer() : "";
                String where = (pointer.isEmpty() ? "/" : pointer) + (v.location().line() <= 0 ? ""
                        : " (line " + v.location().line() + ", column " + v.location().column() + ")");
                rows.add(List.of(where, v.severity().name().toLowerCase(Locale.ROOT), v.rule(), v.message()));
            }
            blocks.add(new Table(List.of("Where", "Severity", "Rule", "Message"), rows));
        }
        return new Section("Validation", blocks);
    }

    private static Section quality(Document document) {
        Inventory inventory;
        try {
            inventory = InventoryConversion.of(document).inventory();
        } catch (IllegalArgumentException e) {
            return new Section("Data quality", List.of(new Paragraph("This " + document.family().id()
                    + " document has no code.gov form to score: " + e.getMessage())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Release release : inventory.releaseList()) {
            ReleaseScore score = QualityScore.of(release);
            rows.add(List.of(release.name().orElse(""), score.score().toPlainString(),
                    score.points().toPlainString() + " of " + QualityScore.MAX_POINTS, String.join(", ", score.lostFields())));
        }
        return new Section("Data quality", List.of(
                new Paragraph("The code.gov data-quality score of each release, 0 to 10 (" + QualityScore.MAX_POINTS
                        + " points in all)."),
                new Table(List.of("Release", "Score", "Points", "Fields that lost points"), rows)));
    }
}
