package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.generate.CommittedFile;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.report.TerminalText;
import gov.ca.code.codejson.text.ShellCommand;

/**
 * Writes the generated content into the committed code.json, keeping what the POM does not own:
 * other releases and fields added by hand, such as {@code relatedCode}. Creates the file when there
 * is none. Not bound to a phase: run it when {@code check} says the file is stale.
 *
 * @since 0.1.0
 */
@Mojo(name = "update", requiresDependencyCollection = ResolutionScope.COMPILE, threadSafe = true)
public class UpdateMojo extends AbstractGeneratingMojo {

    /** The properties Maven 4 sets itself, naming where the build started: the command is run from there anyway. */
    private static final Set<String> MAVEN_OWN = Set.of("session.rootDirectory", "session.topDirectory");

    /**
     * The committed code.json to update or create.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.committedFile", defaultValue = "${project.basedir}/code.json")
    private File committedFile;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.update.skip", defaultValue = "false")
    private boolean skipUpdate;

    /** Creates the goal. */
    public UpdateMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipUpdate, "update") || notApplicable()) {
            return;
        }
        refuseOverInputs(committedFile, "committedFile");
        CodeJson.prepareInBackground();
        Console console = console();
        Generation generation = generate(console);
        console.generatedViolations(generation, null);
        String name = console.relative(committedFile);
        if (!generation.valid()) {
            console.writeReports(reportDirectory, toolVersion());
            throw new MojoFailureException(name + " was not changed: the generated code.json is invalid (" + console.counts().text()
                    + "); fix the POM elements and parameters named above");
        }
        if (committedFile.exists() && !committedFile.isFile()) {
            throw new MojoFailureException(name + ": error: not a file but a folder or a device, so it was not changed;"
                    + " remove it, or set committedFile to the code.json to update");
        }
        String text = generation.text();
        String current = null;
        if (committedFile.isFile()) {
            try {
                CommittedFile.Read committed = CommittedFile.read(codeJson(), committedFile.toPath(), name);
                current = committed.text();
                text = new CommittedFile().updated(committed.document(), generation);
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException(name + ": error: " + e.getMessage() + "; the file was not changed");
            } catch (JsonReadException e) {
                throw Console.failure(e.diagnostic().inFile(name),
                        "; the file was not changed: repair it or delete it so that it is created anew");
            } catch (IOException e) {
                throw new MojoExecutionException("cannot read " + name + ": " + FileNames.reason(e), e);
            }
        }
        console.writeReports(reportDirectory, toolVersion());
        if (text.equals(current)) {
            getLog().info("codejson: " + name + " is already up to date");
            return;
        }
        try {
            CodeJson.writeAtomically(committedFile.toPath(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + console().relative(committedFile) + ": " + FileNames.reason(e), e);
        }
        getLog().info("codejson: " + (current == null ? "created " : "updated ") + name);
    }

    /**
     * The command that runs this goal for a project, to paste where the build was started, with
     * the {@code -D} properties of this build: a setting such as {@code -Dcodejson.status=Beta}, or
     * any property the POM reads, shapes what is generated, so an update without it would write
     * something else than what the check compared.
     *
     * @param session the build
     * @param project the project
     * @return such as {@code ./mvnw codejson:update} or {@code mvn -f module/pom.xml codejson:update -Dcodejson.status=Beta}
     */
    static String command(MavenSession session, MavenProject project) {
        return command(Path.of(System.getProperty("user.dir")), new File(session.getExecutionRootDirectory()).toPath(),
                project.getFile().toPath(), session.getUserProperties());
    }

    /**
     * The command that runs this goal for a POM, from a working folder.
     *
     * @param workingDirectory the folder the command is pasted in
     * @param buildRoot the build's root folder, as {@code -f} makes it: where the wrapper and the
     *     file names of the messages are, so a command for another folder first goes there
     * @param pomFile the project's POM
     * @param given the {@code -D} properties of the build
     * @return the command
     */
    static String command(Path workingDirectory, Path buildRoot, Path pomFile, Properties given) {
        Path root = buildRoot.toAbsolutePath().normalize();
        Path pom = pomFile.toAbsolutePath().normalize();
        String relative = pom.startsWith(root) ? ShellCommand.slashed(root.relativize(pom)) : pom.toString();
        List<String> words = new ArrayList<>(List.of(Files.isRegularFile(root.resolve("mvnw")) ? "./mvnw" : "mvn"));
        if (!relative.equals("pom.xml")) {
            words.addAll(List.of("-f", relative));
        }
        words.add("codejson:update");
        // A property is the user's own text, but it still must not act on the terminal that shows the log.
        return TerminalText.escape(ShellCommand.of(workingDirectory, root, words, given, MAVEN_OWN));
    }
}
