package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.io.xpp3.MavenXpp3Writer;
import org.apache.maven.project.MavenProject;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import gov.ca.code.codejson.generate.GenerationInputs;

/**
 * Everything {@code generate} reads, summed up in one SHA-256: the effective POM (with the plugin
 * configuration and every parent), the {@code codejson.*} properties of the command line, the
 * overlay file, the files of the compile source roots (path, size and modification time, as
 * compilers judge them), the resolved dependencies, the git {@code HEAD} and the bytes of the files
 * last written, as the core's {@link GenerationInputs} sums and records them.
 */
final class GenerateInputs {

    private GenerateInputs() {
    }

    /**
     * Sums up the inputs of one run.
     *
     * @param project the project
     * @param session the build, for its properties
     * @param pluginVersion this plugin's version: another version may write other bytes
     * @param overlayFile the overlay file, which may not exist
     * @param written the files the run writes, whose current bytes count
     * @return the inputs
     * @throws IOException when a source root or a written file cannot be read
     */
    static GenerationInputs of(MavenProject project, MavenSession session, String pluginVersion, File overlayFile,
            List<File> written) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("plugin " + pluginVersion);
        StringWriter pom = new StringWriter();
        new MavenXpp3Writer().write(pom, project.getModel());
        lines.add("pom " + GenerationInputs.hash(pom.toString().getBytes(StandardCharsets.UTF_8)));
        Map<String, String> properties = new TreeMap<>();
        collect(session.getSystemProperties(), properties);
        collect(session.getUserProperties(), properties);
        properties.forEach((k, v) -> lines.add("property " + k + "=" + v));
        lines.add("overlay " + overlayFile + " " + GenerationInputs.content(overlayFile == null ? null : overlayFile.toPath()));
        for (String root : project.getCompileSourceRoots()) {
            Path rootPath = new File(root).toPath();
            lines.add("sources " + rootPath);
            if (Files.isDirectory(rootPath)) {
                try (Stream<Path> files = Files.walk(rootPath)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        lines.add("source " + rootPath.relativize(file) + " " + Files.size(file) + " "
                                + Files.getLastModifiedTime(file).toMillis());
                    }
                }
            }
        }
        project.getArtifacts().stream().map(Artifact::getId).sorted().forEach(id -> lines.add("dependency " + id));
        lines.add("head " + gitHead(project.getBasedir()));
        return GenerationInputs.of(lines, written.stream().map(File::toPath).toList());
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

    private static String gitHead(File folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder);
        if (builder.getGitDir() == null) {
            return "none";
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? "none" : head.name();
        } catch (IOException | RuntimeException e) {
            // Generation reports an unreadable history itself; here it only means "cannot tell".
            return "unreadable";
        }
    }
}
