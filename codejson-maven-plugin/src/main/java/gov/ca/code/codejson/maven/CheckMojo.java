package gov.ca.code.codejson.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.generate.CommittedFile;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.Location;
import gov.ca.code.codejson.report.ReportEntry;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.validation.Severity;

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
        long errors = console.count(Severity.ERROR);
        long warnings = console.count(Severity.WARNING);
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            String why = errors > 0 ? console.summary() : console.summary() + " and failOnWarning is set";
            throw new MojoFailureException("codejson:check failed: " + why
                    + (stale ? "\nTo bring " + committed + " up to date, run:\n  " + UpdateMojo.command(session, project) : ""));
        }
        getLog().info("codejson: check passed (" + console.summary() + ")");
    }

    private boolean checkCommitted(Console console, Generation generation, String name) throws MojoExecutionException {
        CodeJson codejson = new CodeJson();
        Committed committed;
        try {
            committed = readCommitted(codejson, committedFile);
        } catch (JsonReadException e) {
            console.add(new ReportEntry(name, e.location(), "", "json.unreadable", Severity.ERROR, e.reason()));
            return false;
        }
        Document document = committed.document();
        Profile profile = Profile.byId(profileName() == null ? "" : profileName())
                .filter(document.family().profiles()::contains).orElse(document.family().defaultProfile());
        ValidationReport report = codejson.validate(document, profile);
        console.violations(committedFile, report.violations());
        if (generation.document() == null) {
            return false;
        }
        // Dates move with every commit, so the committed ones are not compared (update refreshes them).
        String expected;
        try {
            expected = new CommittedFile().updated(document, generation, false);
        } catch (IllegalArgumentException e) {
            console.add(new ReportEntry(name, Location.UNKNOWN, "", "check.family-mismatch", Severity.ERROR, e.getMessage()));
            return false;
        }
        String actual = committed.text();
        if (expected.equals(actual)) {
            getLog().info("codejson: " + name + " is up to date with the POM");
            return false;
        }
        int line = firstDifferentLine(expected, actual);
        console.add(new ReportEntry(name, new Location(line, 1), "", "check.stale", Severity.ERROR,
                "differs from what the POM generates (first difference at line " + line + ": expected "
                        + quote(lineAt(expected, line)) + ", found " + quote(lineAt(actual, line)) + "); run "
                        + UpdateMojo.command(session, project)));
        return true;
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return n + 1;
    }

    private static String lineAt(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? lines[line - 1].strip() : "(end of file)";
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "\"";
    }
}
