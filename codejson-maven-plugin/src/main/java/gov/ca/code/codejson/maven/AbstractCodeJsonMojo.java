package gov.ca.code.codejson.maven;

import java.io.File;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every codejson goal has: the build context and the global skip switch. */
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
        return new Console(getLog(), root, project.getFile() == null ? null : project.getFile());
    }

    /** {@return the POM's path as the user sees it} */
    protected String pomPath() {
        return console().relative(project.getFile());
    }

    /** {@return the tool name and version for reports} */
    protected String toolVersion() {
        return plugin == null ? "unknown" : plugin.getVersion();
    }
}
