package gov.ca.code.codejson.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.generate.CommittedFile;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.generate.StaleFile;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.report.DiagnosticCounts;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.diagnostic.Severity;

/**
 * Validates the code.json the POM generates and, when the project keeps one, the committed
 * code.json; fails the build on errors (and on warnings with {@code failOnWarning}), and when the
 * committed file differs from what {@code update} would write, naming the command that fixes it.
 * The release {@code date} is not compared: it changes with every commit, and a committed file
 * cannot hold the date of the commit that contains it.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyCollection = ResolutionScope.COMPILE,
        threadSafe = true)
public class CheckMojo extends AbstractGeneratingMojo {

    /**
     * The committed code.json. When it exists it is validated and compared with the generated
     * content.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.committedFile", defaultValue = "${project.basedir}/code.json")
    private File committedFile;

    /**
     * Fails the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.check.skip", defaultValue = "false")
    private boolean skipCheck;

    /** Creates the goal. */
    public CheckMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipCheck, "check") || notApplicable()) {
            return;
        }
        Console console = console();
        Generation generation = generate(console);
        console.generatedViolations(generation, null);
        String committed = console.relative(committedFile);
        boolean stale = false;
        if (committedFile.isFile()) {
            stale = checkCommitted(console, generation, committed);
        } else {
            getLog().info("codejson: no committed " + committed + " to compare; " + UpdateMojo.command(session, project)
                    + " creates it");
        }
        console.writeReports(reportDirectory, toolVersion());
        DiagnosticCounts counts = console.counts();
        if (counts.fail(failOnWarning)) {
            throw new MojoFailureException("codejson:check failed: " + counts.text() + (counts.errors() > 0 ? "" : " and failOnWarning is set")
                    + (stale ? "\nTo bring " + committed + " up to date, run:\n  " + UpdateMojo.command(session, project) : ""));
        }
        getLog().info("codejson: check passed (" + counts.text() + ")");
    }

    private boolean checkCommitted(Console console, Generation generation, String name)
            throws MojoExecutionException, MojoFailureException {
        CodeJson codejson = codeJson();
        Committed committed;
        try {
            committed = readCommitted(codejson, committedFile);
        } catch (JsonReadException e) {
            console.add(e.diagnostic().inFile(name));
            return false;
        }
        Document document = committed.document();
        // The committed file may be of another family than the generated one: its profile is chosen
        // for it, and a profile that does not apply is reported rather than replaced by the default.
        Family.ProfileChoice choice = document.family().profile(profileName(), Setting.PROFILE);
        if (choice instanceof Family.ProfileChoice.Refused refused) {
            console.diagnostic(refused.diagnostic());
            return false;
        }
        ValidationReport report = codejson.validate(document, ((Family.ProfileChoice.Chosen) choice).profile());
        console.violations(committedFile, report.violations());
        // Dates move with every commit, so the committed ones are not compared (update refreshes them).
        String expected;
        try {
            expected = new CommittedFile().updated(document, generation, false);
        } catch (IllegalArgumentException e) {
            console.add(new Diagnostic(name, Location.UNKNOWN, Subject.FILE, "check.family-mismatch", Severity.ERROR,
                    e.getMessage()));
            return false;
        }
        String actual = committed.text();
        if (expected.equals(actual)) {
            getLog().info("codejson: " + name + " is up to date with the POM");
            return false;
        }
        console.add(StaleFile.diagnostic(name, expected, actual, document.source().root(),
                "; run " + UpdateMojo.command(session, project)));
        return true;
    }
}
