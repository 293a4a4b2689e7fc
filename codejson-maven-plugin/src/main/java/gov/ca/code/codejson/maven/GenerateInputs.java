package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

/**
 * Everything {@code generate} reads, summed up in one SHA-256: the effective POM (with the plugin
 * configuration and every parent), the {@code codejson.*} properties of the command line, the
 * overlay file, the files of the compile source roots (path, size and modification time, as
 * compilers judge them), the resolved dependencies, the git {@code HEAD} and the bytes of the files
 * last written. When the sum equals the one recorded by the run that wrote the output, generating
 * again would write the same bytes, so the output is left as it is and keeps its modification time.
 */
final class GenerateInputs {

    private final File stateFile;
    private final String fingerprint;

    private GenerateInputs(File stateFile, String fingerprint) {
        this.stateFile = stateFile;
        this.fingerprint = fingerprint;
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
    static GenerateInputs of(MavenProject project, MavenSession session, String pluginVersion, File overlayFile,
            List<File> written) throws IOException {
        MessageDigest digest = sha256();
        List<String> lines = new ArrayList<>();
        lines.add("plugin " + pluginVersion);
        StringWriter pom = new StringWriter();
        new MavenXpp3Writer().write(pom, project.getModel());
        lines.add("pom " + hex(digest.digest(pom.toString().getBytes(StandardCharsets.UTF_8))));
        Map<String, String> properties = new TreeMap<>();
        collect(session.getSystemProperties(), properties);
        collect(session.getUserProperties(), properties);
        properties.forEach((k, v) -> lines.add("property " + k + "=" + v));
        lines.add("overlay " + overlayFile + " " + content(digest, overlayFile));
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
        for (File file : written) {
            lines.add("written " + file + " " + content(digest, file));
        }
        String all = String.join("\n", lines);
        File state = written.get(0);
        return new GenerateInputs(new File(state.getParentFile(), "." + state.getName() + ".inputs"),
                hex(digest.digest(all.getBytes(StandardCharsets.UTF_8))));
    }

    /** {@return whether the run that wrote the output had the same inputs} */
    boolean unchanged() {
        try {
            return stateFile.isFile() && Files.readString(stateFile.toPath(), StandardCharsets.UTF_8).strip().equals(fingerprint);
        } catch (IOException e) {
            // An unreadable record only costs a generation.
            return false;
        }
    }

    /**
     * Records the inputs of a run that wrote its output; call it after writing.
     *
     * @param project the project
     * @param session the build
     * @param pluginVersion this plugin's version
     * @param overlayFile the overlay file
     * @param written the files written
     * @throws IOException when the record cannot be written
     */
    static void record(MavenProject project, MavenSession session, String pluginVersion, File overlayFile,
            List<File> written) throws IOException {
        GenerateInputs inputs = of(project, session, pluginVersion, overlayFile, written);
        Files.writeString(inputs.stateFile.toPath(), inputs.fingerprint + "\n", StandardCharsets.UTF_8);
    }

    /** Forgets the recorded inputs, so that the next run generates. */
    static void forget(File output) throws IOException {
        Files.deleteIfExists(new File(output.getParentFile(), "." + output.getName() + ".inputs").toPath());
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

    private static String content(MessageDigest digest, File file) throws IOException {
        return file != null && file.isFile() ? hex(digest.digest(Files.readAllBytes(file.toPath()))) : "none";
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
