package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.io.xpp3.MavenXpp3Writer;
import org.apache.maven.project.MavenProject;

import gov.ca.code.codejson.generate.GenerationInputs;
import gov.ca.code.codejson.git.GitHistory;

/**
 * Everything {@code generate} reads, summed up in one SHA-256: the effective POM (with the plugin
 * configuration and every parent), the {@code codejson.*} properties of the command line, the value
 * each generation parameter has (a default such as {@code ${project.build.outputTimestamp}} is
 * resolved from properties the POM does not show), the overlay file, the files of the compile source roots (path, size and modification time, as
 * compilers judge them), the resolved dependencies, the git {@code HEAD} and the bytes of the files
 * last written, as the core's {@link GenerationInputs} sums and records them. {@code check} adds
 * the committed file.
 */
final class GenerateInputs {

    private GenerateInputs() {
    }

    /**
     * Lists the inputs of one run, one line each, for {@link GenerationInputs#of}. They do not change
     * while a goal runs, so a goal lists them once, before comparing and for recording.
     *
     * @param project the project
     * @param session the build, for its properties
     * @param pluginVersion this plugin's build: another one may write other bytes
     * @param parameters the generation parameters' values, one line each
     * @param overlayFile the overlay file, which may not exist
     * @return the lines
     * @throws IOException when a source root cannot be walked or the overlay file cannot be read
     */
    static List<String> lines(MavenProject project, MavenSession session, String pluginVersion, List<String> parameters,
            File overlayFile) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("plugin " + pluginVersion);
        lines.addAll(parameters);
        StringWriter pom = new StringWriter();
        new MavenXpp3Writer().write(pom, project.getModel());
        lines.add("pom " + GenerationInputs.hash(pom.toString().getBytes(StandardCharsets.UTF_8)));
        Map<String, String> properties = new TreeMap<>();
        collect(session.getSystemProperties(), properties);
        collect(session.getUserProperties(), properties);
        properties.forEach((k, v) -> lines.add("property " + k + "=" + v));
        lines.add("overlay " + overlayFile + " " + GenerationInputs.content(overlayFile == null ? null : overlayFile.toPath()));
        lines.addAll(GenerationInputs.sources(project.getCompileSourceRoots().stream().map(Path::of).toList()));
        project.getArtifacts().stream().map(Artifact::getId).sorted().forEach(id -> lines.add("dependency " + id));
        lines.add("head " + GitHistory.head(project.getBasedir().toPath()));
        return lines;
    }

    private static void collect(Properties from, Map<String, String> to) {
        if (from != null) {
            for (String key : from.stringPropertyNames()) {
                if (key.startsWith("codejson.")) {
                    to.put(key, from.getProperty(key));
                }
            }
        }
    }
}
