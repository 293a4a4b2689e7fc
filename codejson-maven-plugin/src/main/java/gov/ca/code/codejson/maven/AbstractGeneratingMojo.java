package gov.ca.code.codejson.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.IssueManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.Organization;
import org.apache.maven.model.Scm;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.files.FilePlaces;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.generate.GenerationSettings;
import gov.ca.code.codejson.generate.Generator;
import gov.ca.code.codejson.generate.Overlay;
import gov.ca.code.codejson.generate.ProjectFacts;
import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.git.GitHistory;
import gov.ca.code.codejson.json.JsonReadException;

/**
 * The goals that build the project's code.json entry: {@code generate}, {@code check} and
 * {@code update}. They share every generation parameter, so a plugin-level
 * {@code <configuration>} applies to all three.
 */
abstract class AbstractGeneratingMojo extends AbstractCodeJsonMojo {

    private static final String DEFAULT_OVERLAY = "codejson-overlay.json";

    /**
     * The schema family to generate. {@code codegov-2.0.0} writes an agency inventory with one release;
     * {@code shareit-2.0.0} writes the SHARE IT per-repository object, which also needs
     * {@code repositoryVisibility}, {@code reuseForks}/{@code reuseClones}, {@code maintenance},
     * {@code contractNumbers}, {@code sbom} and {@code aiUseCaseId}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.family", defaultValue = "codegov-2.0.0")
    private String family;

    /**
     * The validation profile: {@code codegov} (the default of {@code codegov-2.0.0}), {@code strict} or {@code california};
     * for {@code shareit-2.0.0}, {@code shareit} (its default) or {@code strict}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.profile")
    private String profile;

    /**
     * The agency acronym written at the top of the inventory, such as {@code CDT}. Usually set once in an agency parent POM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.agency")
    private String agency;

    /**
     * How the agency measures its open-source share: {@code linesOfCode}, {@code modules}, {@code cost}, {@code projects}, {@code systems} or {@code other}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.measurementMethod", defaultValue = "projects")
    private String measurementMethod;

    /**
     * Describes the measurement method when {@code measurementMethod} is {@code other}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.measurementIfOther")
    private String measurementIfOther;

    /**
     * The release name; by default the POM's {@code <name>}, else its {@code <artifactId>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.name")
    private String name;

    /**
     * The organization within the agency; by default the POM's {@code <organization><name>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.organization")
    private String organization;

    /**
     * The description; by default the POM's {@code <description>}, whitespace collapsed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.description")
    private String description;

    /**
     * The public repository URL; by default derived from the POM's {@code <scm>}. Credentials are always removed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.repositoryURL")
    private String repositoryURL;

    /**
     * The home page; by default the POM's {@code <url>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.homepageURL")
    private String homepageURL;

    /**
     * Where a distribution of the software can be downloaded.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.downloadURL")
    private String downloadURL;

    /**
     * Where disclaimer language can be found.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.disclaimerURL")
    private String disclaimerURL;

    /**
     * Short disclaimer language.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.disclaimerText")
    private String disclaimerText;

    /**
     * The version control system; by default the provider of the POM's {@code <scm><connection>} ({@code hg} is written {@code mercurial} in code.gov 2.0.0, {@code hg} in SHARE IT).
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.vcs")
    private String vcs;

    /**
     * How the code may be used: {@code openSource}, {@code governmentWideReuse} or an exemption such as {@code exemptByAgencySystem}. When absent and every license is OSI-approved, {@code openSource} is inferred. For {@code shareit-2.0.0}, one or more SHARE IT usage types separated by commas, such as {@code openSource,exemptByFOIA}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.usageType")
    private String usageType;

    /**
     * The justification of an exemption; required when {@code usageType} is an exemption.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.exemptionText")
    private String exemptionText;

    /**
     * Keywords for discovery; code.gov requires at least one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.tags")
    private List<String> tags;

    /**
     * The contact e-mail; by default the first POM {@code <developer>} (or {@code <contributor>}) with an {@code <email>}, else the first {@code <mailingList><post>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.contactEmail")
    private String contactEmail;

    /**
     * The contact name; by default the name of the developer or mailing list whose e-mail is used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.contactName")
    private String contactName;

    /**
     * A web page to reach the contact; by default the POM's {@code <issueManagement><url>}. Not written for {@code shareit-2.0.0}, whose contact has no URL.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.contactUrl")
    private String contactUrl;

    /**
     * The contact phone number. Not written for {@code shareit-2.0.0}, whose contact has no phone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.contactPhone")
    private String contactPhone;

    /**
     * The development status, such as {@code Production}; by default {@code Development} for a {@code -SNAPSHOT} version, else {@code Production}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.status")
    private String status;

    /**
     * The labor hours; by default estimated with COCOMO II from the source lines of the compile source roots.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.laborHours")
    private String laborHours;

    /**
     * The creation date (YYYY-MM-DD), used when the project has no git history.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.created")
    private String created;

    /**
     * The last modification date (YYYY-MM-DD), used when the project has no git history.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.lastModified")
    private String lastModified;

    /**
     * groupId patterns of government code; each dependency whose groupId matches one, other than the project's own groupId, is listed in {@code reusedCode}. {@code gov.*} matches {@code gov} and every groupId below it. By default {@code gov.*} and {@code mil.*}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.reusedCodeGroupIds")
    private List<String> reusedCodeGroupIds;

    /**
     * SHARE IT {@code repositoryVisibility}: {@code public} or {@code private}. Required for
     * {@code shareit-2.0.0}: the POM cannot tell it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.repositoryVisibility")
    private String repositoryVisibility;

    /**
     * SHARE IT {@code reuseFrequency.forks}: how many forks the repository has (0 for a new one).
     * For {@code shareit-2.0.0}, this or {@code reuseClones} is required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.reuseForks")
    private String reuseForks;

    /**
     * SHARE IT {@code reuseFrequency.clones}: how many times the repository was cloned (0 for a new one).
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.reuseClones")
    private String reuseClones;

    /**
     * SHARE IT {@code maintenance}: who keeps the software up to date, {@code internal}, {@code contract},
     * {@code community} or {@code none}. Required for {@code shareit-2.0.0}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maintenance")
    private String maintenance;

    /**
     * SHARE IT {@code contractNumber}: the contract numbers the software was developed under; the single
     * value {@code none} writes an empty list. Required for {@code shareit-2.0.0}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.contractNumbers")
    private List<String> contractNumbers;

    /**
     * SHARE IT {@code SBOM}: the link to the software bill of materials, or {@code None}. Required for
     * {@code shareit-2.0.0}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.sbom")
    private String sbom;

    /**
     * SHARE IT {@code feedbackMechanism}: where the community gives feedback; by default the POM's
     * {@code <issueManagement><url>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.feedbackMechanism")
    private String feedbackMechanism;

    /**
     * SHARE IT {@code AIUseCaseID}: the software's ID in the AI Use Case Inventory, {@code 0} when it
     * is not listed. Required for {@code shareit-2.0.0}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.aiUseCaseId")
    private String aiUseCaseId;

    /**
     * A hand-kept JSON object of release fields the POM cannot hold, such as {@code relatedCode},
     * {@code partners} or {@code disclaimerText}. It is applied to the generated release (for
     * {@code shareit-2.0.0}, to the generated SHARE IT object, in SHARE IT terms) as a JSON
     * Merge Patch (RFC 7396): objects merge, other values replace, {@code null} removes. Ignored
     * when the file does not exist (a path other than the default is then named in the log), so
     * that naming a file that is not there runs an execution without the overlay.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.overlayFile", defaultValue = "${project.basedir}/" + DEFAULT_OVERLAY)
    private File overlayFile;

    /**
     * Where the reports {@code codejson-report.json} and {@code codejson-report.sarif} (SARIF 2.1.0)
     * are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.reportDirectory", defaultValue = "${project.build.directory}/codejson")
    protected File reportDirectory;

    /**
     * The reproducible-build timestamp, from which {@code date.metadataLastUpdated} is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * Whether to read {@code date.created} and {@code date.lastModified} from the git history of the
     * project folder. When false, or when there is no history, {@code created} and
     * {@code lastModified} are used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.useGitHistory", defaultValue = "true")
    private boolean useGitHistory;

    /**
     * Whether projects of packaging {@code pom}, such as aggregators and parent POMs, get a code.json
     * too. By default they are skipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.includePomProjects", defaultValue = "false")
    private boolean includePomProjects;

    /** {@return the configured profile name, or null for the family's default} */
    protected String profileName() {
        return profile;
    }

    /**
     * Refuses an output that names what the entry is made of, the POM or the overlay: writing the
     * entry there would replace it, and the next build would read the entry as its input.
     *
     * @param output the file the goal writes
     * @param parameter the parameter that names it
     * @throws MojoFailureException when the output is the POM or the overlay
     */
    protected void refuseOverInputs(File output, String parameter) throws MojoFailureException {
        File[] inputs = {project.getFile(), overlayFile};
        for (File input : inputs) {
            if (input != null && output != null && FilePlaces.isWithin(output.toPath(), input.toPath())) {
                throw new MojoFailureException(pomPath() + ": error: <configuration><" + parameter + "> (-Dcodejson." + parameter
                        + ") names " + console().relative(input) + ", " + (input == overlayFile ? "the overlay" : "the POM")
                        + " the entry is made of; name another file, nothing was written");
            }
        }
    }

    /** {@return the overlay file, which may not exist} */
    protected File overlayFile() {
        return overlayFile;
    }

    /** {@return the value of every parameter generation reads, one line each, for the record of inputs} */
    protected List<String> parameters() {
        List<String> lines = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            if (setting != Setting.OVERLAY_FILE) {
                lines.add("parameter " + setting.key() + "=" + parameter(setting));
            }
        }
        lines.add("parameter outputTimestamp=" + outputTimestamp);
        lines.add("parameter useGitHistory=" + useGitHistory);
        return lines;
    }

    /** {@return whether the goal does not apply to this project, logging why} */
    protected boolean notApplicable() {
        if ("pom".equals(project.getPackaging()) && !includePomProjects) {
            getLog().info("codejson: skipped, " + project.getArtifactId()
                    + " has packaging pom (set codejson.includePomProjects to generate for it)");
            return true;
        }
        return false;
    }

    /**
     * Builds the project's entry and prints what generation found.
     *
     * @param console where problems are printed and collected
     * @return the generation
     * @throws MojoFailureException when a parameter or the overlay file cannot be used
     * @throws MojoExecutionException when the reports of unusable parameters cannot be written
     */
    protected Generation generate(Console console) throws MojoFailureException, MojoExecutionException {
        GenerationSettings settings = settings(console);
        Generation generation = new Generator().generate(facts(), settings);
        console.generation(generation);
        return generation;
    }

    private GenerationSettings settings(Console console) throws MojoFailureException, MojoExecutionException {
        GenerationSettings.Builder builder = GenerationSettings.builder();
        Diagnostic overlayProblem = null;
        if (overlayFile != null && overlayFile.exists() && !overlayFile.isFile()) {
            throw new MojoFailureException(console.relative(overlayFile) + ": error: not a file but a folder or a device"
                    + " (parameter overlayFile); remove it, or set overlayFile to the overlay to apply");
        } else if (overlayFile != null && overlayFile.isFile()) {
            try {
                builder.overlay(Overlay.read(overlayFile.toPath(), console.relative(overlayFile), codeJson().reader()));
            } catch (JsonReadException e) {
                // Reported with the problems of the parameters, so that one build names them all.
                overlayProblem = e.diagnostic();
            }
        } else if (overlayFile != null && !overlayFile.equals(new File(project.getBasedir(), DEFAULT_OVERLAY))) {
            // Naming a file that is not there is how an execution goes without the overlay; a mistyped name shows here.
            getLog().info("codejson: no overlay file " + console.relative(overlayFile) + " (parameter overlayFile), so none is applied");
        }
        for (Setting setting : Setting.values()) {
            if (setting != Setting.OVERLAY_FILE) {
                builder.set(setting, parameter(setting));
            }
        }
        GenerationSettings.Parsed parsed = builder.parse();
        if (overlayProblem != null && parsed.diagnostics().isEmpty()) {
            throw Console.failure(overlayProblem, " (the overlay file, parameter overlayFile)");
        }
        if (!parsed.diagnostics().isEmpty()) {
            // Reported like every other problem of a parameter, and in the reports, before anything is generated.
            if (overlayProblem != null) {
                console.diagnostic(overlayProblem);
            }
            parsed.diagnostics().forEach(console::diagnostic);
            console.writeReports(reportDirectory, toolVersion());
            throw new MojoFailureException("codejson: nothing was generated: " + console.counts().text()
                    + " in the parameters named above; fix their values");
        }
        return parsed.settings();
    }

    /**
     * The value of a setting's parameter: each {@link Setting} is the field of this class named by
     * its key, a {@code String} or a {@code List<String>}, which {@code SettingParametersTest}
     * checks against the plugin descriptor.
     */
    @SuppressWarnings("unchecked")
    private List<String> parameter(Setting setting) {
        try {
            Object value = AbstractGeneratingMojo.class.getDeclaredField(setting.key()).get(this);
            return value == null ? null : value instanceof List<?> list ? (List<String>) list : List.of(value.toString());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no parameter for the setting " + setting.key(), e);
        }
    }

    private ProjectFacts facts() {
        Model model = project.getModel();
        Scm scm = model.getScm();
        Organization organization = model.getOrganization();
        IssueManagement issues = model.getIssueManagement();
        List<ProjectFacts.LicenseFact> licenses = model.getLicenses().stream()
                .map(l -> new ProjectFacts.LicenseFact(l.getName(), l.getUrl())).toList();
        List<ProjectFacts.Developer> developers = new ArrayList<>();
        model.getDevelopers().forEach(d -> developers.add(new ProjectFacts.Developer(d.getName(), d.getEmail(), d.getUrl())));
        model.getContributors().forEach(c -> developers.add(new ProjectFacts.Developer(c.getName(), c.getEmail(), c.getUrl())));
        List<ProjectFacts.MailingList> lists = model.getMailingLists().stream()
                .map(m -> new ProjectFacts.MailingList(m.getName(), m.getPost())).toList();
        List<ProjectFacts.Dependency> dependencies = project.getArtifacts().stream()
                .map(a -> new ProjectFacts.Dependency(a.getGroupId(), a.getArtifactId(), a.getBaseVersion())).toList();
        List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        ProjectFacts.History history = null;
        if (useGitHistory) {
            GitHistory git = GitHistory.read(project.getBasedir().toPath());
            if (!git.found()) {
                getLog().info("codejson: " + git.reason() + "; date.created and date.lastModified come from the"
                        + " parameters created and lastModified");
            } else {
                history = new ProjectFacts.History(git.created(), git.lastModified(), git.description());
                getLog().info("codejson: dates from " + history.description() + ": created " + history.created()
                        + ", last modified " + history.lastModified());
            }
        }
        return new ProjectFacts(project.getGroupId(), project.getArtifactId(), project.getVersion(), model.getName(),
                model.getDescription(), model.getUrl(), organization == null ? null : organization.getName(),
                scm == null ? null : new ProjectFacts.Scm(scm.getUrl(), scm.getConnection(), scm.getDeveloperConnection()),
                licenses, developers, lists, issues == null ? null : issues.getUrl(), roots, dependencies,
                outputTimestamp, history, project.getBasedir().toPath());
    }
}
