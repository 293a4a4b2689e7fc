package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.ValidationRequest;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.merge.InventoryConversion;
import gov.ca.code.codejson.metrics.QualityScore;
import gov.ca.code.codejson.metrics.ReleaseScore;
import gov.ca.code.codejson.report.DiagnosticCounts;

/**
 * The {@code codejson} page of {@code mvn site}: the project's code.json entry, its validation
 * result and the code.gov data-quality score of each release, on one page. It shows the file
 * {@code generate} wrote when there is one, else the committed {@code code.json}. Every value from
 * the file is written as text, never as markup.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class CodeJsonReport extends AbstractMavenReport {

    /**
     * The code.json {@code generate} writes; shown when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.outputFile", defaultValue = "${project.build.directory}/codejson/code.json")
    private File generatedFile;

    /**
     * The committed code.json; shown when {@code generatedFile} does not exist.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.committedFile", defaultValue = "${project.basedir}/code.json")
    private File committedFile;

    /**
     * The validation profile; by default the family's own, as in {@code validate}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.profile")
    private String profile;

    /**
     * Skips the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.report.skip", defaultValue = "false")
    private boolean skipReport;

    /** The largest JSON file read, in bytes; by default 1073741824 (1 GiB). As in every goal. */
    @Parameter(property = "codejson.maxBytes")
    private Long maxBytes;

    /** The deepest nesting of arrays and objects read; by default 64, at most 1000. As in every goal. */
    @Parameter(property = "codejson.maxDepth")
    private Integer maxDepth;

    /** The longest string or member name read, in characters; by default 1048576. As in every goal. */
    @Parameter(property = "codejson.maxStringLength")
    private Integer maxStringLength;

    /** The longest number read, in characters; by default 1000. As in every goal. */
    @Parameter(property = "codejson.maxNumberLength")
    private Integer maxNumberLength;

    /** The most members one object read may have; by default 1000000. As in every goal. */
    @Parameter(property = "codejson.maxMembers")
    private Integer maxMembers;

    /** The most elements one array read may have; by default 10000000. As in every goal. */
    @Parameter(property = "codejson.maxArrayLength")
    private Integer maxArrayLength;

    /** The most values one JSON file read may hold; by default 50000000. As in every goal. */
    @Parameter(property = "codejson.maxValues")
    private Long maxValues;

    @Override
    public String getOutputName() {
        return "codejson";
    }

    @Override
    public String getName(Locale locale) {
        return "code.json";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's code.json entry, its validation and its data-quality score.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skipReport) {
            getLog().info("codejson:report skipped (codejson.report.skip)");
            return false;
        }
        if (file() == null) {
            getLog().info("codejson: no code.json to report on: neither " + generatedFile + " nor " + committedFile
                    + " exists; run codejson:generate (or mvn verify) before mvn site, or codejson:update");
            return false;
        }
        return true;
    }

    private File file() {
        if (generatedFile != null && generatedFile.isFile()) {
            return generatedFile;
        }
        return committedFile != null && committedFile.isFile() ? committedFile : null;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        File file = file();
        String name = project.getBasedir().toPath().relativize(file.toPath().toAbsolutePath()).toString()
                .replace(File.separatorChar, '/');
        CodeJson codejson;
        try {
            codejson = AbstractCodeJsonMojo.codeJson(maxBytes, maxDepth, maxStringLength, maxNumberLength, maxMembers,
                    maxArrayLength, maxValues);
        } catch (IllegalArgumentException e) {
            throw new MavenReportException(name + ": error: " + AbstractCodeJsonMojo.LIMITS + e.getMessage());
        }
        Sink sink = getSink();
        sink.head();
        sink.title();
        sink.text("code.json of " + project.getName());
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("code.json");
        sink.sectionTitle1_();
        String text;
        Document document;
        try {
            text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
            document = codejson.read(file.toPath());
        } catch (JsonReadException e) {
            paragraph(sink, e.describe(name));
            closeBody(sink);
            return;
        } catch (IOException e) {
            throw new MavenReportException("cannot read " + file + ": " + e.getMessage(), e);
        }
        ValidationReport report;
        try {
            report = ValidationRequest.of(document, name).withProfile(profile == null ? "" : profile).run(codejson);
        } catch (DiagnosticException e) {
            throw new MavenReportException(Console.format("").line(e.diagnostics().get(0)));
        }
        paragraph(sink, name + ": " + document.family().id() + ", validated with profile " + report.profile().id() + ".");
        validation(sink, report);
        quality(sink, document);
        subsection(sink, "The entry");
        sink.verbatim();
        sink.text(text);
        sink.verbatim_();
        sink.section2_();
        closeBody(sink);
    }

    private static void validation(Sink sink, ValidationReport report) {
        subsection(sink, "Validation");
        List<Diagnostic> violations = report.violations();
        DiagnosticCounts counts = DiagnosticCounts.of(violations);
        paragraph(sink, (counts.errors() == 0 ? "Valid" : "Invalid") + ": " + counts.text() + ", " + counts.infos() + " other notes.");
        if (!violations.isEmpty()) {
            sink.table();
            sink.tableRows();
            row(sink, true, "Where", "Severity", "Rule", "Message");
            for (Diagnostic v : violations) {
                String pointer = v.subject() instanceof Subject.Pointer p ? p.pointer() : "";
                String where = (pointer.isEmpty() ? "/" : pointer)
                        + (v.location() == null || v.location().line() <= 0 ? ""
                                : " (line " + v.location().line() + ", column " + v.location().column() + ")");
                row(sink, false, where, v.severity().name().toLowerCase(Locale.ROOT), v.rule(), v.message());
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
    }

    private static void quality(Sink sink, Document document) {
        subsection(sink, "Data quality");
        Inventory inventory;
        try {
            inventory = InventoryConversion.of(document).inventory();
        } catch (IllegalArgumentException e) {
            paragraph(sink, "This " + document.family().id() + " document has no code.gov form to score: " + e.getMessage());
            sink.section2_();
            return;
        }
        paragraph(sink, "The code.gov data-quality score of each release, 0 to 10 (" + QualityScore.MAX_POINTS
                + " points in all).");
        sink.table();
        sink.tableRows();
        row(sink, true, "Release", "Score", "Points", "Fields that lost points");
        for (Release release : inventory.releaseList()) {
            ReleaseScore score = QualityScore.of(release);
            row(sink, false, release.name().orElse(""), score.score().toPlainString(),
                    score.points().toPlainString() + " of " + QualityScore.MAX_POINTS, String.join(", ", score.lostFields()));
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static void subsection(Sink sink, String title) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(title);
        sink.sectionTitle2_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(cell);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }

    private static void closeBody(Sink sink) {
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }
}
