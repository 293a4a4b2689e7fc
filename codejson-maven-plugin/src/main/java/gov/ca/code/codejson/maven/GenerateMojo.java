package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;

import javax.inject.Inject;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;
import org.sonatype.plexus.build.incremental.BuildContext;

import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.generate.EntryFiles;
import gov.ca.code.codejson.generate.Redaction;

/**
 * Builds the project's code.json from the POM, the plugin configuration and the overlay file,
 * validates it, and writes it to {@code target/codejson/code.json} attached to the build with
 * classifier {@code codejson}. Nothing is written when the result is invalid: the build fails
 * with every problem, each naming the POM element, parameter or overlay line to fix.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
        requiresDependencyCollection = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends AbstractGeneratingMojo {

    private final MavenProjectHelper projectHelper;
    private final BuildContext buildContext;

    /**
     * Where the generated code.json is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.outputFile", defaultValue = "${project.build.directory}/codejson/code.json")
    private File outputFile;

    /**
     * Whether to attach the generated code.json to the build (classifier {@code codejson}, type
     * {@code json}), so that it is installed and deployed with the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.attach", defaultValue = "true")
    private boolean attach;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    /**
     * Whether a build whose inputs did not change since the output was written leaves it as it is:
     * the same bytes and the same modification time, so that up-to-date checks downstream hold. The
     * inputs are the effective POM with the plugin configuration, the {@code codejson.*} properties,
     * the overlay file, the files of the compile source roots, the resolved dependencies, the git
     * {@code HEAD} and the written files themselves. Set it to false to generate on every build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.incremental", defaultValue = "true")
    private boolean incremental;

    /**
     * Whether the entry is written the way {@code aggregate} publishes it: a release that is not open
     * source loses its {@code repositoryURL}, which usually names an internal host, and its contact
     * is replaced by {@code agencyContactEmail} when that is set. For code.gov entries; a SHARE IT
     * object requires its {@code repositoryURL} and is written as it is, with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.redact", defaultValue = "false")
    private boolean redact;

    /**
     * The e-mail of the contact that {@code redact} writes instead of the contact of a release that is
     * not open source. When it is not set, the contact is kept.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.agencyContactEmail")
    private String agencyContactEmail;

    /**
     * The name that goes with {@code agencyContactEmail}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.agencyContactName")
    private String agencyContactName;

    /**
     * The web page that goes with {@code agencyContactEmail}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.agencyContactUrl")
    private String agencyContactUrl;

    /**
     * Creates the goal.
     *
     * @param projectHelper attaches the generated file to the build
     * @param buildContext tells an IDE build which files changed, so that it refreshes them
     */
    @Inject
    public GenerateMojo(MavenProjectHelper projectHelper, BuildContext buildContext) {
        this.projectHelper = projectHelper;
        this.buildContext = buildContext;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipGenerate, "generate") || notApplicable()) {
            return;
        }
        refuseOverInputs(outputFile, "outputFile");
        EntryFiles files = new EntryFiles(outputFile.toPath());
        // After clean there is no record to compare with: the inputs are then listed once, after writing.
        List<String> inputs = incremental && files.recorded() ? inputs() : null;
        if (inputs != null && upToDate(files, inputs)) {
            getLog().info("codejson: " + console().relative(outputFile) + " is up to date: the POM, the overlay, the"
                    + " sources and the git HEAD did not change since it was written, so it is left as it is"
                    + " (-Dcodejson.incremental=false generates it again)");
            attach();
            return;
        }
        // The engine boots while the project is read; when nothing changed, it is not needed at
        // all, and booting it would only take processor time from the rest of the build.
        CodeJson.prepareInBackground();
        Console console = console();
        Generation generation;
        try {
            generation = generate(console);
        } catch (MojoFailureException e) {
            discard(files);
            throw e;
        }
        String output = console.relative(outputFile);
        if (!generation.valid()) {
            console.generatedViolations(generation, null);
            console.writeReports(reportDirectory, toolVersion());
            discard(files);
            throw new MojoFailureException(output + " was not written: the generated code.json is invalid ("
                    + console.counts().text() + "); fix the POM elements and parameters named above");
        }
        Redaction.Written entry;
        try {
            entry = (redact ? Redaction.of(agencyContactEmail, agencyContactName, agencyContactUrl) : Redaction.none())
                    .write(codeJson(), generation);
        } catch (DiagnosticException e) {
            console.violations(outputFile, e.diagnostics());
            // An earlier entry, unredacted, must not stay where the next aggregate reads it.
            discard(files);
            throw new MojoFailureException(output + " was not written: the redacted entry is invalid under profile "
                    + generation.validation().profile().id() + " (listed above); fix what is named there, or choose a"
                    + " profile that lets an internal release go without its repositoryURL");
        }
        entry.diagnostics().forEach(console::diagnostic);
        try {
            files.write(entry.text(), generation).forEach(f -> buildContext.refresh(f.toFile()));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output + ": " + FileNames.reason(e), e);
        }
        console.generatedViolations(generation, outputFile);
        try {
            console.writeReports(reportDirectory, toolVersion());
        } catch (MojoExecutionException e) {
            // A run that could not write its reports failed: nothing of it may pass for up to date next time.
            discard(files);
            throw e;
        }
        try {
            files.record(inputs == null ? inputs() : inputs);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot record the inputs of " + output + ": " + FileNames.inWords(e), e);
        }
        getLog().info("codejson: wrote " + output + " (" + generation.document().family().id() + ", profile "
                + generation.validation().profile().id() + "): " + console.counts().text());
        attach();
    }

    private void attach() {
        // An aggregate later in this build reads the entry only when this build made or confirmed it.
        project.setContextValue(AggregateMojo.GENERATED, AggregateMojo.key(outputFile));
        if (attach) {
            projectHelper.attachArtifact(project, "json", "codejson", outputFile);
        }
    }

    private List<String> inputs() throws MojoExecutionException {
        try {
            return GenerateInputs.lines(project, session, pluginBuild(), parameters(), overlayFile());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the inputs of " + console().relative(outputFile) + ": "
                    + FileNames.inWords(e), e);
        }
    }

    private boolean upToDate(EntryFiles files, List<String> inputs) throws MojoExecutionException {
        try {
            return files.unchanged(inputs);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + console().relative(outputFile) + ", its "
                    + EntryFiles.LABOR_REPORT + " or its record of inputs: " + FileNames.inWords(e), e);
        }
    }

    private void discard(EntryFiles files) throws MojoExecutionException {
        try {
            // A failed run leaves no entry of an earlier one behind: it would be read as this build's.
            files.discard();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot remove the stale " + console().relative(outputFile) + ", its "
                    + EntryFiles.LABOR_REPORT + " or its record of inputs: " + FileNames.inWords(e), e);
        }
    }
}
