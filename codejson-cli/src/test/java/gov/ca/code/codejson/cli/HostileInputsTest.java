package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs stay inputs: what a folder holds besides its own files is named and skipped, never read or printed. */
class HostileInputsTest {

    private static final String SECRET = "aws_secret_access_key_SECRET123";
    private static final String INVENTORY = "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\": {\"method\":"
            + " \"projects\"}, \"releases\": [{\"name\": \"a\", \"organization\": \"CDT\", \"description\": \"Helps.\","
            + " \"permissions\": {\"licenses\": [{\"name\": \"MIT\"}], \"usageType\": \"openSource\"}, \"tags\": [\"x\"],"
            + " \"contact\": {\"email\": \"dev@example.gov\"}, \"laborHours\": 10, \"repositoryURL\": \"https://github.com/ca/a\"}]}";

    @TempDir
    Path dir;

    private static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void mergeNamesAndSkipsLinksOutOfTheFolderLoopsAndPipesWithoutReadingThem() throws Exception {
        Path secret = Files.writeString(dir.resolve("credentials"), SECRET + "\n");
        Path folder = Files.createDirectory(dir.resolve("inventories"));
        Files.writeString(folder.resolve("a.json"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("stolen.json"), secret);
        Files.createSymbolicLink(folder.resolve("loop.json"), folder.resolve("loop.json"));
        Files.createSymbolicLink(folder.resolve("outside"), dir);
        mkfifo(folder.resolve("pipe.json"));

        Cli result = Cli.run("merge", "--agency", "CDT", folder.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out + result.err).doesNotContain(SECRET, "Exception");
        assertThat(result.err).contains(folder.resolve("stolen.json") + ": warning: a symbolic link out of the folder '" + folder
                + "'; not followed [merge.link-out]", folder.resolve("loop.json") + ": warning: a symbolic link that leads nowhere readable",
                folder.resolve("pipe.json") + ": warning: a named pipe, device or socket, not a file; skipped [merge.not-a-file]",
                folder.resolve("outside") + ": warning: a symbolic link out of the folder");
        assertThat(result.err.lines().filter(l -> l.startsWith(folder.toString()) && l.contains(": warning: ")).count()).isEqualTo(4);
    }

    @Test
    void mergeKeepsALinkThatStaysInsideTheFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("inventories"));
        Files.createDirectory(folder.resolve("real"));
        // Not a .json file, so that the folder's listing meets it only through the link.
        Files.writeString(folder.resolve("real/a.txt"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("alias.json"), folder.resolve("real/a.txt"));

        Cli result = Cli.run("merge", "--agency", "CDT", folder.toString());

        assertThat(result.err).contains("1 input").doesNotContain("symbolic link");
    }

    @Test
    void aFileNameWithALineBreakCannotForgeALineOfTheLog() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("inventories"));
        Files.writeString(folder.resolve("a.json"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("x.json\ncodejson: 0 errors, all valid.json"), dir.resolve("credentials"));

        Cli result = Cli.run("merge", "--agency", "CDT", folder.toString());

        assertThat(result.err.lines()).noneMatch(l -> l.startsWith("codejson: 0 errors"));
        assertThat(result.err).contains("x.json\\u000acodejson: 0 errors");
    }

    @Test
    void mergeReportsAPipeNamedOnTheCommandLineByNameWithoutWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("pipe.json");
        mkfifo(pipe);

        Cli result = Cli.run("merge", pipe.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains(pipe + ": error: a named pipe, device or socket, not a file");
    }

    @Test
    void scanDoesNotReadATrackedLinkOrALicenseLinkOutOfTheRepository() throws Exception {
        Path secret = Files.writeString(dir.resolve("id_rsa.py"), "KEY = '" + SECRET + "'\n");
        Path repo = Files.createDirectories(dir.resolve("repos/fees"));
        Files.writeString(repo.resolve("pyproject.toml"), "[project]\nname = \"fees\"\ndescription = \"Fees.\"\n");
        Files.writeString(repo.resolve("main.py"), "print('hello')\n");
        Files.createSymbolicLink(repo.resolve("stolen.py"), secret);
        Files.createSymbolicLink(repo.resolve("LICENSE"), dir.resolve("credentials"));
        Files.writeString(dir.resolve("credentials"), SECRET + "\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("T", "t@example.gov", Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
            git.commit().setMessage("first").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Path out = dir.resolve("out.json");
        Path report = dir.resolve("report.json");

        Cli result = Cli.run("scan", "--out", out.toString(), "--report", report.toString(), dir.resolve("repos").toString());

        assertThat(result.out + result.err).doesNotContain(SECRET);
        assertThat(result.exit).as(result.err).isIn(0, 1);
        if (Files.exists(out)) {
            assertThat(Files.readString(out)).doesNotContain(SECRET);
        }
        assertThat(Files.readString(report)).doesNotContain(SECRET)
                .contains("\"path\": \"stolen.py\"", "symbolic link out of the repository, not followed");
    }

    @Test
    void metricsAndSiteNameAndSkipALinkOutOfTheFolderWithoutReadingIt() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.json"), INVENTORY.replace("\"CDT\"", "\"" + SECRET + "\""));
        Path folder = Files.createDirectory(dir.resolve("inventories"));
        Files.writeString(folder.resolve("a.json"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("stolen.json"), outside);
        String warning = folder.resolve("stolen.json") + ": warning: a symbolic link out of the folder '" + folder
                + "'; not followed [input.link-out]\n";

        Cli metrics = Cli.run("metrics", "--format", "md", folder.toString());
        Cli site = Cli.run("site", "--out", dir.resolve("site").toString(), folder.toString());

        assertThat(metrics.exit).as(metrics.err).isZero();
        assertThat(metrics.out).doesNotContain(SECRET).contains("| **Statewide** | 1 | ");
        assertThat(metrics.err).isEqualTo(warning);
        assertThat(site.exit).as(site.err).isZero();
        assertThat(site.err).startsWith(warning).contains("1 agency, 1 release");
        assertThat(Files.readString(dir.resolve("site/index.html"))).doesNotContain(SECRET);
    }
}
