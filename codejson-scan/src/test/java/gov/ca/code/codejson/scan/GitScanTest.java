package gov.ca.code.codejson.scan;

import static gov.ca.code.codejson.scan.Repos.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitScanTest {

    private static final String R = "/releases/0";

    @TempDir
    Path tmp;

    @Test
    void aCredentialInTheRemoteAppearsNowhereInTheEntryOrTheReport() {
        String secret = "s3cr@t/pa?ss#w:rd";
        Repos repo = Repos.create(tmp.resolve("secret"))
                .file("package.json", "{\"name\": \"secret\", \"description\": \"Has a secret.\", \"license\": \"MIT\"}")
                .remote("https://deploy:" + secret + "@git.example.gov/team/secret.git?private_token=tok123&ref=main")
                .commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();
        String entry = scan.generation().text();
        String report = ScanOutput.report(List.of(scan));

        assertThat(field(scan, R + "/repositoryURL")).isEqualTo("https://git.example.gov/team/secret");
        for (String leak : List.of("s3cr", "pa?ss", "w:rd", "tok123", "deploy")) {
            assertThat(entry).doesNotContain(leak);
            assertThat(report).doesNotContain(leak);
        }
        assertThat(scan.problems()).anySatisfy(p -> assertThat(p.rule()).isEqualTo("scan.remote-credentials"));
    }

    @Test
    void anSshRemoteBecomesTheHttpsAddress() {
        Repos repo = Repos.create(tmp.resolve("ssh")).file("package.json", "{\"name\": \"ssh\", \"license\": \"MIT\"}")
                .remote("git@github.com:example-gov/ssh.git").commit("2024-01-01T00:00:00Z");

        assertThat(field(repo.scan(), R + "/repositoryURL")).isEqualTo("https://github.com/example-gov/ssh");
    }

    @Test
    void aRepositoryWithoutCommitsStillGetsAnEntryWithoutDates() {
        Repos repo = Repos.create(tmp.resolve("fresh")).file("package.json",
                "{\"name\": \"fresh\", \"description\": \"Not committed yet.\", \"license\": \"MIT\"}")
                .file("index.js", "let a = 1;\n");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("fresh");
        assertThat(field(scan, R + "/date/created")).isNull();
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"JavaScript\"]");
        assertThat(scan.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("scan.history-missing");
            assertThat(p.message()).contains("no commit yet");
        });
    }

    @Test
    void vendoredGeneratedAndUntrackedFilesAreNotCounted() {
        Repos repo = Repos.create(tmp.resolve("mixed"))
                .file("package.json", "{\"name\": \"mixed\", \"description\": \"Mixed.\", \"license\": \"MIT\"}")
                .file(".gitattributes", "lib/generated-api.js linguist-generated\nassets/** linguist-vendored=true\n"
                        + "assets/own.py -linguist-vendored\n")
                .file("src/app.js", "let a = 1;\nlet b = 2;\n")
                .file("lib/generated-api.js", "let g = 1;\n")
                .file("assets/jquery.js", "let j = 1;\n")
                .file("assets/own.py", "x = 1\n")
                .file("node_modules/left-pad/index.js", "let p = 1;\n")
                .file("third_party/lib.c", "int x;\n")
                .file("web/app.min.js", "let m=1;\n")
                .commit("2024-01-01T00:00:00Z")
                .file("untracked.rb", "puts 1\n");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/languages")).isEqualTo("[\"JavaScript\",\"Python\"]");
        assertThat(scan.excluded()).containsExactly(
                new ScannedRepository.Excluded("assets/jquery.js", ".gitattributes linguist-vendored"),
                new ScannedRepository.Excluded("lib/generated-api.js", ".gitattributes linguist-generated"),
                new ScannedRepository.Excluded("node_modules/left-pad/index.js", "vendored folder node_modules"),
                new ScannedRepository.Excluded("third_party/lib.c", "vendored folder third_party"),
                new ScannedRepository.Excluded("web/app.min.js", "generated file *.min.js"));
    }

    @Test
    void aGitattributesInASubFolderMarksItsFilesAndOverridesTheTopOne() {
        Repos repo = Repos.create(tmp.resolve("nested"))
                .file("package.json", "{\"name\": \"nested\", \"description\": \"Nested.\", \"license\": \"MIT\"}")
                .file(".gitattributes", "*.py linguist-generated\n")
                .file("src/app.js", "let a = 1;\n")
                .file("src/api/.gitattributes", "*.js linguist-generated\nclient/** linguist-vendored\n")
                .file("src/api/stubs.js", "let s = 1;\n")
                .file("src/api/client/http.js", "let h = 1;\n")
                .file("src/api/deeper/more.js", "let m = 1;\n")
                .file("tools/gen.py", "x = 1\n")
                .file("tools/.gitattributes", "gen.py -linguist-generated\n")
                .file("other/gen.py", "y = 1\n")
                .commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(scan.excluded()).containsExactly(
                new ScannedRepository.Excluded("other/gen.py", ".gitattributes linguist-generated"),
                new ScannedRepository.Excluded("src/api/client/http.js", "src/api/.gitattributes linguist-vendored"),
                new ScannedRepository.Excluded("src/api/deeper/more.js", "src/api/.gitattributes linguist-generated"),
                new ScannedRepository.Excluded("src/api/stubs.js", "src/api/.gitattributes linguist-generated"));
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"JavaScript\",\"Python\"]");
    }

    private static String head(Path dir) throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    @Test
    void aDamagedRepositoryKeepsItsRemoteAndIsAWarningNamingTheCauseNotAMissingCommit() throws Exception {
        Repos repo = Repos.create(tmp.resolve("damaged"))
                .file("package.json", "{\"name\": \"damaged\", \"description\": \"Damaged.\", \"license\": \"MIT\"}")
                .remote("https://github.com/example-gov/damaged.git").commit("2024-01-01T00:00:00Z");
        String commit = head(repo.dir());
        try (java.util.stream.Stream<Path> objects = java.nio.file.Files.walk(repo.dir().resolve(".git/objects"))) {
            for (Path p : objects.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(repo.dir().resolve(".git/objects"))) {
                    java.nio.file.Files.delete(p);
                }
            }
        }

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/repositoryURL")).isEqualTo("https://github.com/example-gov/damaged");
        assertThat(field(scan, R + "/date/created")).isNull();
        assertThat(scan.problems()).filteredOn(p -> p.rule().startsWith("scan.history")).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("scan.history-unreadable");
            assertThat(p.severity()).isEqualTo(gov.ca.code.codejson.diagnostic.Severity.WARNING);
            assertThat(p.message()).isEqualTo("the git repository is damaged: its history cannot be read (the object " + commit
                    + " is missing), so the dates are left out; repair it (git fsck) or clone it again, or give date in the"
                    + " overlay's release");
        });
        assertThat(scan.messages()).noneMatch(m -> m.message().contains("no commit yet"));
        assertThat(scan.messages()).anySatisfy(m -> assertThat(m.message()).isEqualTo("the git history cannot be read, so"
                + " date.created and date.lastModified are left out; repair the repository, or give date in the overlay's release"));
    }

    @Test
    void aShallowCloneWarnsThatItsCreationDateIsTheOldestCommitFetched() throws Exception {
        Repos repo = Repos.create(tmp.resolve("shallow"))
                .file("package.json", "{\"name\": \"shallow\", \"description\": \"Shallow.\", \"license\": \"MIT\"}")
                .commit("2020-01-02T00:00:00Z").file("a.js", "let a = 1;\n").commit("2022-05-05T00:00:00Z");
        // What git clone --depth 1 leaves: the commit whose parents were not fetched.
        java.nio.file.Files.writeString(repo.dir().resolve(".git/shallow"), head(repo.dir()) + "\n");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/date/created")).isEqualTo("2022-05-05");
        assertThat(scan.problems()).filteredOn(p -> p.rule().equals("scan.history-shallow")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(".git/shallow");
            assertThat(p.message()).isEqualTo("the clone is shallow, so date.created (2022-05-05) is the day of the oldest"
                    + " commit fetched, not of the first commit; fetch the whole history (git fetch --unshallow) or give"
                    + " date.created in the overlay's release");
        });
    }
}
