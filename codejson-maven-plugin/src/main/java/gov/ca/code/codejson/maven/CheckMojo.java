package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.generate.CommittedFile;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.generate.GenerationInputs;
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
     * Whether a build whose inputs did not change since a check passed passes again without
     * checking, saying the warnings of that check again: the inputs of {@code generate}, the
     * committed file and the reports the check wrote. A check that failed is always run again. Set
     * it to false to check on every build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.incremental", defaultValue = "true")
    private boolean incremental;

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
        String committed = console.relative(committedFile);
        // After clean there is no record to compare with: the inputs are then listed once, after checking.
        List<String> inputs = incremental && GenerationInputs.isRecorded(reports().get(0)) ? inputs() : null;
        if (inputs != null && passedBefore(inputs, committed)) {
            return;
        }
        CodeJson.prepareInBackground();
        Generation generation = generate(console);
        console.generatedViolations(generation, null);
        boolean stale = false;
        if (committedFile.exists() && !committedFile.isFile()) {
            throw new MojoFailureException(committed + ": error: not a file but a folder or a device; remove it, or set"
                    + " committedFile to the code.json to compare");
        }
        if (committedFile.isFile()) {
            stale = checkCommitted(console, generation, committed);
        } else {
            getLog().info("codejson: no committed " + committed + " to compare; " + UpdateMojo.command(session, project)
                    + " creates it");
        }
        console.writeReports(reportDirectory, toolVersion());
        DiagnosticCounts counts = console.counts();
        if (counts.fail(failOnWarning)) {
            // Nothing is recorded, and the record of an earlier pass cannot match these inputs.
            throw new MojoFailureException("codejson:check failed: " + counts.text() + (counts.errors() > 0 ? "" : " and failOnWarning is set")
                    + (stale ? "\nTo bring " + committed + " up to date, run:\n  " + UpdateMojo.command(session, project) : ""));
        }
        if (incremental) {
            List<String> notes = new ArrayList<>(List.of(counts.text()));
            notes.addAll(console.warnings());
            record(inputs == null ? inputs() : inputs, notes);
        }
        getLog().info("codejson: check passed (" + counts.text() + ")");
    }

    /** {@return whether a check with the same inputs passed, saying its warnings and counts again} */
    private boolean passedBefore(List<String> inputs, String committed) throws MojoExecutionException {
        Optional<List<String>> notes;
        try {
            notes = GenerationInputs.of(inputs, reports()).recorded();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the reports in " + console().relative(reportDirectory) + ": "
                    + FileNames.inWords(e), e);
        }
        if (notes.isEmpty() || notes.get().isEmpty()) {
            return false;
        }
        notes.get().subList(1, notes.get().size()).forEach(getLog()::warn);
        getLog().info("codejson: check passed (" + notes.get().get(0) + "), as it did before: the POM, the overlay, the"
                + " sources, the git HEAD and " + committed + " did not change (-Dcodejson.incremental=false checks again)");
        return true;
    }

    private List<String> inputs() throws MojoExecutionException {
        try {
            List<String> lines = new ArrayList<>(GenerateInputs.lines(project, session, pluginBuild(), parameters(), overlayFile()));
            lines.add("goal check");
            lines.add("committed " + committedFile + " " + GenerationInputs.content(committedFile.toPath()));
            return lines;
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the inputs of codejson:check: " + FileNames.inWords(e), e);
        }
    }

    private void record(List<String> inputs, List<String> notes) throws MojoExecutionException {
        try {
            GenerationInputs.of(inputs, reports()).record(notes);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot record the inputs of codejson:check: " + FileNames.inWords(e), e);
        }
    }

    private List<Path> reports() {
        return List.of(reportDirectory.toPath().resolve("codejson-report.json"), reportDirectory.toPath().resolve("codejson-report.sarif"));
    }

    private boolean checkCommitted(Console console, Generation generation, String name)
            throws MojoExecutionException, MojoFailureException {
        CommittedFile.Comparison comparison;
        try {
            comparison = new CommittedFile().compare(codeJson(), committedFile.toPath(), name, generation, profileName(),
                    "; run " + UpdateMojo.command(session, project));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + name + ": " + FileNames.reason(e), e);
        }
        comparison.diagnostics().forEach(console::diagnostic);
        if (comparison.state() == CommittedFile.State.UP_TO_DATE) {
            getLog().info("codejson: " + name + " is up to date with the POM");
        }
        return comparison.state() == CommittedFile.State.STALE;
    }
}
