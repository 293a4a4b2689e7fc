package gov.ca.code.codejson.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.ValidationRequest;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.report.DiagnosticCounts;

/**
 * Validates any code.json file, with no Maven project needed:
 * {@code mvn gov.ca.code:codejson-maven-plugin:VERSION:validate -Dcodejson.file=PATH}.
 * Every problem is printed with its line, column and JSON pointer; the build fails when the file
 * is invalid (or has warnings, with {@code failOnWarning}).
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractCodeJsonMojo {

    /**
     * The file to validate.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.file")
    private File file;

    /**
     * The family to read the file as, such as {@code codegov-2.0.0}; detected when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.family")
    private String family;

    /**
     * The validation profile, such as {@code strict} or {@code california}; the family's default
     * when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.profile")
    private String profile;

    /**
     * Fails the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Where to write {@code codejson-report.json} and {@code codejson-report.sarif}; no reports
     * are written when not set, since there may be no project folder to write into.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.reportDirectory")
    private File reportDirectory;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    /** Creates the goal. */
    public ValidateMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipValidate, "validate")) {
            return;
        }
        if (file == null) {
            throw new MojoFailureException("codejson:validate needs the file to validate: add -Dcodejson.file=PATH");
        }
        Console console = console();
        String name = console.relative(file);
        Family requested = null;
        if (family != null && !family.isBlank()) {
            requested = Family.byId(family.strip()).orElseThrow(() -> Console.failure(Family.unknown(family, ValidationRequest.FAMILY), ""));
        }
        if (!file.isFile()) {
            throw new MojoFailureException(name + ": error: " + (file.exists() ? "not a file but a folder or a device" : "no such file")
                    + "; set -Dcodejson.file to the code.json to validate");
        }
        CodeJson codejson = codeJson();
        Document document;
        try {
            document = codejson.read(file.toPath(), requested);
        } catch (JsonReadException e) {
            throw Console.failure(e.diagnostic().inFile(name), "");
        }
        ValidationRequest request = ValidationRequest.of(document, name);
        if (profile != null) {
            request = request.withProfile(profile);
        }
        ValidationReport report;
        try {
            report = request.run(codejson);
        } catch (DiagnosticException e) {
            throw Console.failure(e.diagnostics().get(0), "");
        }
        report.violations().forEach(console::add);
        if (reportDirectory != null) {
            console.writeReports(reportDirectory, toolVersion());
        }
        DiagnosticCounts counts = console.counts();
        String summary = name + " (" + document.family().id() + ", profile " + report.profile().id() + "): " + counts.text();
        if (counts.fail(failOnWarning)) {
            throw new MojoFailureException(summary + (counts.errors() > 0 ? "" : " and failOnWarning is set"));
        }
        getLog().info("codejson: " + summary);
    }
}
