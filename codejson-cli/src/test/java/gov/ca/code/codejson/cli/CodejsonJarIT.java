package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs on its own, as the README shows: {@code java -jar codejson-cli/target/codejson.jar}. */
class CodejsonJarIT {

    private static final Path JAR = Path.of("target", "codejson.jar");

    @Test
    void validatesTheBundledExampleWithTheStandaloneJar() throws Exception {
        Result result = run("validate", "--profile", "california", "examples/code.json");

        assertThat(result.exit).isZero();
        assertThat(result.out).contains("examples/code.json:68:20: warning: /releases/1/date/created")
                .contains("[california.copyleft]");
        assertThat(result.err.lines()).containsExactly(
                "examples/code.json: valid (0 errors, 3 warnings, 2 hints; codegov-2.0.0, profile california)");
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = run("--version");

        assertThat(result.exit).isZero();
        assertThat(result.out.strip()).matches("codejson \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void exitsTwoWithoutAStackTraceOnAMissingFile() throws Exception {
        Result result = run("validate", "no-such-file.json");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).contains("no-such-file.json: error: cannot read the file");
        assertThat(result.err).doesNotContain("Exception");
    }

    @Test
    void formatsAndMigratesADocumentAsDeepAsTheReadLimitAllows(@TempDir Path dir) throws Exception {
        String nested = "[".repeat(995) + "]".repeat(995);
        Path deep = Files.writeString(dir.resolve("deep.json"), "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"releases\":"
                + " [{\"name\": \"deep\", \"x\": " + nested + "}]}");

        Result format = run("format", "--max-depth", "1000", deep.toString());
        Result migrate = run("migrate", "--max-depth", "1000", "--to", "shareit-2.0.0", "--out", dir.resolve("split").toString(),
                deep.toString());

        assertThat(format.exit).as(format.err).isZero();
        assertThat(format.out.replaceAll("\\s", "")).contains("\"x\":" + nested);
        assertThat(migrate.exit).as(migrate.err).isEqualTo(1);
        assertThat(migrate.out + migrate.err).doesNotContain("internal error", "nesting depth");
        assertThat(dir.resolve("split/repositories/deep.json")).exists();
    }

    @Test
    void exitsTwoWithOneLineNamingWhatToRaiseWhenTheHeapRunsOut(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "[" + "{\"a\": 1},".repeat(600_000) + "{}]");

        Result result = run(List.of("-Xmx32m"), "validate", big.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err.lines()).containsExactly(Main.OUT_OF_MEMORY);
    }

    @Test
    void namesEveryLibraryItBundlesAndKeepsTheirOwnLicenceFiles() throws IOException {
        assertThat(JAR).exists();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            String thirdParty = text(jar, "META-INF/THIRD-PARTY.txt");
            List<String> libraries = new ArrayList<>();
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")
                        && !entry.getName().startsWith("META-INF/maven/gov.ca.code/")) {
                    Properties pom = new Properties();
                    try (InputStream in = jar.getInputStream(entry)) {
                        pom.load(in);
                    }
                    libraries.add(pom.getProperty("groupId") + ":" + pom.getProperty("artifactId") + ":" + pom.getProperty("version"));
                }
            }

            assertThat(libraries).hasSizeGreaterThan(10);
            assertThat(libraries).allSatisfy(library -> assertThat(thirdParty).contains("(" + library + " - "));
            assertThat(text(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("..", "LICENSE")));
            assertThat(jar.stream().map(ZipEntry::getName))
                    .anyMatch(name -> name.matches("META-INF/third-party/jackson-core-[^/]+-jar/META-INF/NOTICE"))
                    .anyMatch(name -> name.matches("META-INF/third-party/slf4j-api-[^/]+-jar/META-INF/LICENSE.txt"))
                    .anyMatch(name -> name.matches("META-INF/third-party/org.eclipse.jgit-[^/]+-jar/about.html"));
        }
    }

    private static String text(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    private static Result run(List<String> jvm, String... args) throws IOException, InterruptedException {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("codejson-out", ".txt");
        Path err = Files.createTempFile("codejson-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        Result result = new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private record Result(int exit, String out, String err) {
    }
}
