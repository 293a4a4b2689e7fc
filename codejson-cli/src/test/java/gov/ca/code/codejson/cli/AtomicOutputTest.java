package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that write files write all of them or none, and never turn a link into a file. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private Path inventory(String... names) throws IOException {
        StringBuilder releases = new StringBuilder();
        for (String name : names) {
            releases.append(releases.isEmpty() ? "" : ", ").append("{\"name\": \"").append(name)
                    .append("\", \"organization\": \"CDT\", \"description\": \"Helps.\", \"permissions\": {\"licenses\":"
                            + " [{\"name\": \"MIT\"}], \"usageType\": \"openSource\"}, \"tags\": [\"x\"], \"contact\":"
                            + " {\"email\": \"dev@example.gov\"}, \"laborHours\": 10, \"repositoryURL\":"
                            + " \"https://github.com/ca/a\"}");
        }
        return Files.writeString(dir.resolve("code.json"), "{\"version\": \"2.0.0\", \"agency\": \"CDT\","
                + " \"measurementType\": {\"method\": \"projects\"}, \"releases\": [" + releases + "]}");
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void migrateToShareItWritesEveryFileOfAReleaseWithA230CharacterName() throws Exception {
        Path file = inventory("a", "b".repeat(230), "c");
        Path out = dir.resolve("shareit");

        Cli result = Cli.run("migrate", "--to", "shareit-2.0.0", "--out", out.toString(), file.toString());

        assertThat(result.exit).as(result.err).isIn(0, 1);
        assertThat(tree(out)).containsExactly(".codejson-written", "agency-index.json", "repositories", "repositories/a.json",
                "repositories/" + "b".repeat(120) + ".json", "repositories/c.json");
        for (String written : tree(out.resolve("repositories"))) {
            assertThat(Cli.run("validate", "--format", "json", out.resolve("repositories").resolve(written).toString()).exit)
                    .isIn(0, 1);
        }
    }

    @Test
    void migrateToShareItWritesNoFileWhenOneCannotBePlaced() throws Exception {
        Path file = inventory("a", "b");
        Path out = Files.createDirectory(dir.resolve("shareit"));
        Files.writeString(out.resolve("agency-index.json"), "old\n");
        Files.writeString(out.resolve("repositories"), "a file where the folder must go\n");

        Cli result = Cli.run("migrate", "--to", "shareit-2.0.0", "--out", out.toString(), file.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).startsWith("codejson: ").doesNotContain("Exception", "\tat ");
        assertThat(tree(out)).containsExactly("agency-index.json", "repositories");
        assertThat(Files.readString(out.resolve("agency-index.json"))).isEqualTo("old\n");
        assertThat(tree(dir).stream().filter(n -> n.endsWith(".tmp"))).isEmpty();
    }

    @Test
    void metricsOutWritesNoFileWhenOneCannotBeWritten() throws Exception {
        Path file = inventory("a");
        Path out = Files.createDirectory(dir.resolve("metrics"));
        Files.createDirectory(out.resolve("metrics.md"));

        Cli result = Cli.run("metrics", "--out", out.toString(), file.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).startsWith("codejson: ");
        assertThat(tree(out)).containsExactly("metrics.md");
        assertThat(tree(dir).stream().filter(n -> n.endsWith(".tmp"))).isEmpty();
    }

    @Test
    void statewideMetricsOutWritesNoFileWhenOneCannotBeWritten() throws Exception {
        Path cdt = Files.writeString(dir.resolve("cdt.json"), CoordinatorFixtures.inventory("CDT",
                CoordinatorFixtures.release("A", "https://github.com/ca/a", "openSource", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), CoordinatorFixtures.inventory("DMV",
                CoordinatorFixtures.release("B", null, "exemptByLaw", "")));
        Path out = Files.createDirectory(dir.resolve("metrics"));
        Files.createDirectory(out.resolve("statewide.md"));

        Cli result = Cli.run("metrics", "--out", out.toString(), cdt.toString(), dmv.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: " + out.resolve("statewide.md") + " is a folder; name a file to write;"
                + " nothing was written\n");
        assertThat(tree(out)).containsExactly("statewide.md");
        assertThat(tree(dir).stream().filter(n -> n.endsWith(".tmp"))).isEmpty();
    }

    @Test
    void formatInPlaceWritesThroughASymbolicLink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "{\"version\":\"2.0.0\",\"agency\":\"CDT\",\"releases\":[]}");
        Path link = Files.createSymbolicLink(dir.resolve("code.json"), Path.of("real.json"));

        Cli result = Cli.run("format", "--in-place", link.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("{\n  \"version\": \"2.0.0\"");
    }

    @Test
    void formatInPlaceRefusesALinkToAFolderWithAReasonAndKeepsTheLink() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path json = Files.writeString(dir.resolve("inventory.json"), "{\"version\":\"2.0.0\",\"agency\":\"CDT\",\"releases\":[]}");
        Path link = Files.createSymbolicLink(dir.resolve("code.json"), folder);

        Cli result = Cli.run("format", "--in-place", link.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(json).exists();
    }
}
