package gov.ca.code.codejson.maven;

import java.io.File;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.json.ReadLimits;
import gov.ca.code.codejson.report.DiagnosticFormat;

/**
 * What every codejson goal has: the build context, the global skip switch and the read limits
 * (see {@code docs/limits.md}), which every goal applies to each JSON file it reads.
 */
abstract class AbstractCodeJsonMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The running build. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** This plugin, for its version in reports. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /**
     * Skips every codejson goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The largest JSON file read, in bytes; by default 1073741824 (1 GiB).
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maxBytes")
    private Long maxBytes;

    /**
     * The deepest nesting of arrays and objects read; by default 64, at most 1000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maxDepth")
    private Integer maxDepth;

    /**
     * The longest string or member name read, in characters; by default 1048576.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maxStringLength")
    private Integer maxStringLength;

    /**
     * The longest number read, in characters; by default 1000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maxNumberLength")
    private Integer maxNumberLength;

    /**
     * The most members one object read may have; by default 1000000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maxMembers")
    private Integer maxMembers;

    /**
     * The most elements one array read may have; by default 10000000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maxArrayLength")
    private Integer maxArrayLength;

    /**
     * The most values one JSON file read may hold; by default 50000000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.maxValues")
    private Long maxValues;

    /**
     * {@return whether this goal is skipped, logging one line when it is}
     *
     * @param goalSkip the goal's own skip parameter
     * @param goal the goal name
     */
    protected boolean skipped(boolean goalSkip, String goal) {
        if (skip || goalSkip) {
            getLog().info("codejson:" + goal + " skipped (" + (skip ? "codejson.skip" : "codejson." + goal + ".skip") + ")");
            return true;
        }
        return false;
    }

    /** {@return a console that prints and collects problems, naming files relative to the build's root} */
    protected Console console() {
        File root = new File(session.getExecutionRootDirectory());
        File pom = project.getFile();
        return new Console(getLog(), root, pom == null || !pom.isFile() ? null : pom);
    }

    /**
     * {@return the POM's path as the user sees it}; a goal run without a project (standalone
     * {@code validate}) has none to blame, and names the tool instead
     */
    protected String pomPath() {
        File pom = project.getFile();
        return pom == null || !pom.isFile() ? DiagnosticFormat.NO_FILE : console().relative(pom);
    }

    /** {@return the tool name and version for reports} */
    protected String toolVersion() {
        return plugin == null ? "unknown" : plugin.getVersion();
    }

    /**
     * {@return this plugin's build, as far as it decides what a goal writes}: its version, and for a
     * snapshot, whose version stays the same from one build of the plugin to the next, the size and
     * time of its jar, so that a newer snapshot does not take an older one's results as up to date
     */
    protected String pluginBuild() {
        String version = toolVersion();
        File jar = plugin == null || plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        return version.endsWith("-SNAPSHOT") && jar != null && jar.isFile()
                ? version + " " + jar.length() + " " + jar.lastModified() : version;
    }

    /**
     * {@return the library with the read limits the parameters ask for, naming each limit by its parameter}
     *
     * @throws MojoFailureException when a limit is not positive, or the depth over its ceiling; the
     *     message names the parameter and its value
     */
    protected CodeJson codeJson() throws MojoFailureException {
        Number[] limits = {maxBytes, maxDepth, maxStringLength, maxNumberLength, maxMembers, maxArrayLength, maxValues};
        ReadLimits read = ReadLimits.DEFAULT;
        for (ReadLimits.Limit limit : ReadLimits.Limit.values()) {
            try {
                read = read.with(limit, limits[limit.ordinal()]);
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException(pomPath() + ": error: " + Console.spell(limit) + " is "
                        + limits[limit.ordinal()] + ": " + e.getMessage() + "; set another value or leave it out for the default");
            }
        }
        return new CodeJson(read, Console::spell);
    }
}
