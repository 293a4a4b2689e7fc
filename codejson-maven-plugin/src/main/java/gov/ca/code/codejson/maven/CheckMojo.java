package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.generate.CommittedFile;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.report.DiagnosticCounts;

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
        CodeJson.prepareInBackground();
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
        CommittedFile.Comparison comparison;
        try {
            comparison = new CommittedFile().compare(codeJson(), committedFile.toPath(), name, generation, profileName(),
                    "; run " + UpdateMojo.command(session, project));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + committedFile + ": " + e.getMessage(), e);
        }
        comparison.diagnostics().forEach(console::diagnostic);
        if (comparison.state() == CommittedFile.State.UP_TO_DATE) {
            getLog().info("codejson: " + name + " is up to date with the POM");
        }
        return comparison.state() == CommittedFile.State.STALE;
    }
}
