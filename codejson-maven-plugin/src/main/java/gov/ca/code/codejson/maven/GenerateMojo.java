package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.inject.Inject;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.generate.Generation;

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
     * Creates the goal.
     *
     * @param projectHelper attaches the generated file to the build
     */
    @Inject
    public GenerateMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipGenerate, "generate") || notApplicable()) {
            return;
        }
        Console console = console();
        Generation generation = generate(console);
        String output = console.relative(outputFile);
        if (!generation.valid()) {
            console.generatedViolations(generation, null);
            console.writeReports(reportDirectory, toolVersion());
            deleteStale();
            throw new MojoFailureException(output + " was not written: the generated code.json is invalid ("
                    + console.summary() + "); fix the POM elements and parameters named above");
        }
        try {
            CodeJson.writeAtomically(outputFile.toPath(), generation.text().getBytes(StandardCharsets.UTF_8));
            if (generation.laborReport() != null) {
                File labor = new File(outputFile.getParentFile(), "labor-hours.json");
                CodeJson.writeAtomically(labor.toPath(), generation.laborReport().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage(), e);
        }
        console.generatedViolations(generation, outputFile);
        console.writeReports(reportDirectory, toolVersion());
        getLog().info("codejson: wrote " + output + " (" + generation.document().family().id() + ", profile "
                + generation.validation().profile().id() + "): " + console.summary());
        if (attach) {
            projectHelper.attachArtifact(project, "json", "codejson", outputFile);
        }
    }

    private void deleteStale() throws MojoExecutionException {
        try {
            // A file left by an earlier build must not pass for the output of this one.
            Files.deleteIfExists(outputFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot remove the stale " + outputFile + ": " + e.getMessage(), e);
        }
    }
}
