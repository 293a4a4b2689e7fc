package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.merge.MergeException;
import gov.ca.code.codejson.merge.MergeOutputs;
import gov.ca.code.codejson.merge.MergeRequest;
import gov.ca.code.codejson.merge.MergeResult;
import gov.ca.code.codejson.merge.ModuleSelector;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;

/**
 * Builds one agency inventory from the code.json of every module of the build, from code.json
 * files and folders, and from the {@code codejson} artifacts of other projects. It runs once, at
 * the root of the build, whether it is bound to a phase or called as {@code mvn codejson:aggregate},
 * with or without {@code -T}: it first runs the build of every module up to
 * {@code generate-resources}, so that each module's {@code codejson:generate} has written its
 * {@code target/codejson/code.json}, then merges them.
 *
 * <p>Duplicates, invalid entries and redactions are printed and written to a JSON report; inputs
 * that cannot be read fail the build with every one named, and nothing is written. The rules are
 * in {@code docs/coordinator.md}.
 *
 * @since 0.1.0
 */
@Mojo(name = "aggregate", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
@Execute(phase = LifecyclePhase.GENERATE_RESOURCES)
public class AggregateMojo extends AbstractCodeJsonMojo {

    /** The project context key under which {@code generate} names the entry it wrote or found up to date in this build. */
    static final String GENERATED = "gov.ca.code.codejson.generated";

    private final RepositorySystem repositorySystem;

    /**
     * Where the agency inventory is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.outputFile", defaultValue = "${project.build.directory}/codejson/agency/code.json")
    private File outputFile;

    /**
     * Where the merge report (JSON, format {@code codejson-merge-report/1}) is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.reportFile", defaultValue = "${project.build.directory}/codejson/agency/merge-report.json")
    private File reportFile;

    /**
     * Whether the code.json of the modules of this build enter the aggregate.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.includeModules", defaultValue = "true")
    private boolean includeModules;

    /**
     * {@code groupId:artifactId} patterns of the modules that enter the aggregate ({@code *} matches
     * any text; a pattern without a colon matches the artifactId). Empty: every module.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> moduleIncludes;

    /**
     * {@code groupId:artifactId} patterns of modules left out, even if included.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> moduleExcludes;

    /**
     * Whether modules with packaging {@code pom} are left out.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.skipPomModules", defaultValue = "true")
    private boolean skipPomModules;

    /**
     * Where each module's code.json is, relative to the module's build directory: the output of
     * {@code codejson:generate}. It is read only when {@code generate} wrote it, or found it up to
     * date, in the same build; a file an earlier build left is skipped with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "codejson/code.json")
    private String moduleFile;

    /**
     * code.json files of any family, and folders whose {@code *.json} files (searched recursively)
     * are, that enter the aggregate after the modules, in this order.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<File> files;

    /**
     * Other projects whose attached code.json (classifier {@code codejson}, type {@code json}, as
     * {@code codejson:generate} attaches it) enters the aggregate, as
     * {@code groupId:artifactId:version}. They are resolved from the configured repositories.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> artifacts;

    /**
     * The agency of the aggregate; by default the one all inputs name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.agency")
    private String agency;

    /**
     * {@code measurementType.method} of the aggregate ({@code linesOfCode}, {@code modules},
     * {@code cost}, {@code projects}, {@code systems}); by default the one all inputs state, else {@code projects}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.measurementMethod")
    private String measurementMethod;

    /**
     * The profile every entry must pass: {@code codegov} (default), {@code strict} or {@code california};
     * for {@code outputFamily} {@code shareit-index-2.0.0}, {@code shareit} (default) or {@code strict}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.profile")
    private String profile;

    /**
     * Whether entries that fail validation are kept (with a warning) instead of left out.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.keepInvalid", defaultValue = "false")
    private boolean keepInvalid;

    /**
     * Whether the build fails when an entry fails validation, or an input gives no entry because of
     * errors in the file (after the inventory is written).
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.failOnInvalid", defaultValue = "false")
    private boolean failOnInvalid;

    /**
     * Whether releases that are not open source lose their {@code repositoryURL} and, when
     * {@code agencyContactEmail} is set, have their contact replaced by the agency's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.redact", defaultValue = "true")
    private boolean redact;

    /**
     * The e-mail of the contact that replaces the contact of releases that are not open source.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.agencyContactEmail")
    private String agencyContactEmail;

    /**
     * The name that goes with {@code agencyContactEmail}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.agencyContactName")
    private String agencyContactName;

    /**
     * The web page that goes with {@code agencyContactEmail}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.agencyContactUrl")
    private String agencyContactUrl;

    /**
     * What is written to {@code outputFile}: {@code codegov-2.0.0}, the code.gov agency inventory, or
     * {@code shareit-index-2.0.0}, the SHARE IT agency index, from the same inputs. Inputs of every
     * family are converted with the migration; an entry with a value it cannot derive is quarantined
     * with the values named. With {@code shareit-index-2.0.0} the profile defaults to {@code shareit}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.outputFamily", defaultValue = "codegov-2.0.0")
    private String outputFamily;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aggregate.skip", defaultValue = "false")
    private boolean skipAggregate;

    /** The execution being run, whose id the advice to run it after the modules names. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    /**
     * Creates the goal.
     *
     * @param repositorySystem resolves the code.json artifacts of other projects
     */
    @Inject
    public AggregateMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipAggregate, "aggregate")) {
            return;
        }
        Console console = console();
        CodeJson codejson = codeJson();
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        if (includeModules) {
            moduleEntries(console, paths);
        }
        for (File file : list(files)) {
            paths.add(file.toPath());
        }
        for (String coordinates : list(artifacts)) {
            resolve(coordinates, problems).ifPresent(paths::add);
        }
        MergeRequest request = new MergeRequest(paths, p -> console.relative(p.toFile()), given(agency), given(measurementMethod),
                given(profile), given(outputFamily), keepInvalid, redact, given(agencyContactEmail), given(agencyContactName),
                given(agencyContactUrl));
        MergeOutputs outputs = new MergeOutputs(Map.of(MergeRequest.Setting.OUTPUT_FILE, outputFile.toPath(),
                MergeRequest.Setting.REPORT_FILE, reportFile.toPath()));
        List<Diagnostic> misplaced = outputs.misplaced(request, pomPath());
        if (!misplaced.isEmpty()) {
            misplaced.forEach(console::add);
            throw new MojoFailureException("codejson: nothing was aggregated: an output would replace what it is made of"
                    + " (listed above); write the aggregate elsewhere");
        }
        try {
            request.options();
        } catch (MergeException e) {
            // Named as the parameters they are, and before any input is read, like the parameters of generate;
            // the artifacts that could not be resolved are parameters too, so one build names them all.
            e.diagnostics().forEach(console::diagnostic);
            problems.forEach(console::add);
            throw new MojoFailureException("codejson: nothing was aggregated: " + console.counts().text()
                    + " in the parameters named above; fix their values");
        }
        MergeResult result = null;
        try {
            result = request.run(codejson);
        } catch (MergeException e) {
            problems.addAll(e.diagnostics());
        }
        if (!problems.isEmpty()) {
            problems.forEach(console::add);
            throw new MojoFailureException(Counts.of(problems.size(), "aggregate input")
                    + " cannot be used (listed above); nothing was written");
        }
        try {
            outputs.write(codejson, result);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + console.relative(outputFile) + " and " + console.relative(reportFile)
                    + ", so neither was written: " + FileNames.inWords(e), e);
        }
        result.diagnostics().forEach(console::add);
        getLog().info("codejson: aggregate of " + result.summary() + "; wrote " + console.relative(outputFile) + " and "
                + console.relative(reportFile));
        if (failOnInvalid && result.incomplete()) {
            throw new MojoFailureException(result.quarantined().isEmpty() ? "an aggregate input gives no entry because of"
                    + " errors in the file (listed above); fix it, or set failOnInvalid to false"
                    : Counts.of(result.quarantined().size(), "aggregate entry", "aggregate entries")
                    + (result.quarantined().size() == 1 ? " fails" : " fail") + " validation (listed above);"
                    + " fix them, or set failOnInvalid to false");
        }
    }

    /** Adds the entry of each chosen module that this build made, and says why any other is left out. */
    private void moduleEntries(Console console, List<Path> paths) {
        ModuleSelector selector = new ModuleSelector(list(moduleIncludes), list(moduleExcludes), skipPomModules);
        List<String> later = new ArrayList<>();
        for (MavenProject module : session.getProjects()) {
            if (!selector.selects(module.getGroupId(), module.getArtifactId(), module.getPackaging())) {
                continue;
            }
            String name = module.getGroupId() + ":" + module.getArtifactId();
            File file = new File(module.getBuild().getDirectory(), moduleFile);
            if (file.isFile() && generatedNow(module, file)) {
                paths.add(file.toPath());
            } else if (module != project && session.getResult().getBuildSummary(module) == null) {
                // Not built yet, and the fork that should have generated it first did not (Maven 4 runs none, or one without generate).
                later.add(name);
            } else if (file.isFile()) {
                // Left there by an earlier build: reading it would pass an old entry off as this build's.
                getLog().warn("codejson: module " + name + ": " + console.relative(file) + " was not written by this build"
                        + " (codejson:generate was skipped in it, or does not run by generate-resources), so it is left out;"
                        + " run generate in it, or leave it out with <moduleExcludes>");
            } else {
                getLog().warn("codejson: module " + name + " has no " + console.relative(file)
                        + "; bind codejson:generate in it, or leave it out with <moduleExcludes>");
            }
        }
        if (!later.isEmpty()) {
            boolean one = later.size() == 1;
            getLog().warn("codejson: " + Counts.of(later.size(), "module") + " (" + String.join(", ", later) + ")"
                    + (one ? " is" : " are") + " built after this aggregate, and codejson:generate did not run in "
                    + (one ? "it" : "them") + " before it, so " + (one ? "its entry is" : "their entries are")
                    + " left out; run the aggregate after them: mvn verify codejson:aggregate@" + execution.getExecutionId());
        }
    }

    /** {@return the form in which {@code generate} and the aggregate name an entry to each other} */
    static String key(File file) {
        return file.getAbsoluteFile().toPath().normalize().toString();
    }

    /**
     * Whether {@code generate} wrote or confirmed the module's entry in this build, in the module
     * or, when the aggregate forked the lifecycle, in the copy of the module that the fork built.
     */
    private static boolean generatedNow(MavenProject module, File file) {
        String wanted = key(file);
        // The module itself when there was no fork.
        MavenProject built = module.getExecutionProject();
        return wanted.equals(module.getContextValue(GENERATED)) || wanted.equals(built.getContextValue(GENERATED));
    }

    private Optional<Path> resolve(String coordinates, List<Diagnostic> problems) {
        String[] parts = coordinates.strip().split(":");
        if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
            problems.add(new Diagnostic(pomPath(), Location.UNKNOWN, Subject.FILE, "aggregate.artifact-coordinates", Severity.ERROR,
                    "<artifacts><artifact> \"" + coordinates
                    + "\" is not groupId:artifactId:version; write it like gov.ca.code:permit-tracker:2.4.0"));
            return Optional.empty();
        }
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(parts[0], parts[1], "codejson", "json", parts[2]),
                project.getRemoteProjectRepositories(), null);
        try {
            return Optional.of(repositorySystem.resolveArtifact(session.getRepositorySession(), request)
                    .getArtifact().getFile().toPath());
        } catch (ArtifactResolutionException e) {
            problems.add(new Diagnostic(pomPath(), Location.UNKNOWN, Subject.FILE, "aggregate.artifact-unresolved", Severity.ERROR,
                    "<artifacts> " + coordinates + ": no code.json artifact (classifier codejson, type json)"
                    + " could be resolved; check the coordinates, and that the project attaches it with codejson:generate ("
                    + e.getMessage() + ")"));
            return Optional.empty();
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** A setting left out of the command line or the POM is blank to the core. */
    private static String given(String value) {
        return value == null ? "" : value;
    }
}
