package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final String FEES = """
            [project]
            name = "fees"
            description = "Computes fees."
            license = "MIT"
            keywords = ["fees", "permits", "money"]
            authors = [{name = "Fee Team", email = "fees@example.gov"}]
            """;

    @TempDir
    Path tmp;

    private Path repository(String name, String manifest, String text, String remote) throws Exception {
        return repositoryAt(tmp.resolve("repos").resolve(name), manifest, text, remote);
    }

    private Path repositoryAt(Path dir, String manifest, String text, String remote) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(manifest), text);
        Files.writeString(dir.resolve("main.py"), "print('hello')\n");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", remote);
            config.save();
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("T", "t@example.gov", Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
            git.commit().setMessage("first").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        return dir;
    }

    private Path overlay() throws Exception {
        return Files.writeString(tmp.resolve("overlay.json"), """
                {"defaults": {"agency": "EX", "organization": "Permits", "repositoryVisibility": "public",
                 "maintenance": "internal", "reuseForks": "0", "reuseClones": "0", "contractNumbers": "none",
                 "sbom": "None", "feedbackMechanism": "https://github.com/example-gov/fees/issues", "aiUseCaseId": "0"}}
                """);
    }

    @Test
    void aFolderOfCheckoutsBecomesOneInventoryAndAProvenanceReport() throws Exception {
        repository("fees", "pyproject.toml", FEES, "https://bot:hunter2@github.com/example-gov/fees.git");
        repository("forms", "package.json", """
                {"name": "forms", "description": "Permit forms.", "license": "Apache-2.0",
                 "keywords": ["forms", "permits", "web"], "author": "Form Team <forms@example.gov>"}
                """, "git@github.com:example-gov/forms.git");
        Path out = tmp.resolve("out/code.json");

        Cli cli = Cli.run("scan", "--overlay", overlay().toString(), "--out", out.toString(), tmp.resolve("repos").toString());

        assertThat(cli.exit).as(cli.err).isEqualTo(Main.VALID);
        String inventory = Files.readString(out);
        String report = Files.readString(tmp.resolve("out/code.provenance.json"));
        assertThat(inventory).contains("\"name\": \"fees\"", "\"name\": \"forms\"", "https://github.com/example-gov/fees",
                "https://github.com/example-gov/forms", "\"created\": \"2025-01-02\"");
        assertThat(report).contains("\"file\": \"pyproject.toml\"", "\"key\": \"project.description\"",
                "\"file\": \".git/config\"");
        assertThat(inventory + report + cli.err + cli.out).doesNotContain("hunter2").doesNotContain("bot:");
        assertThat(cli.err).contains("[1/2]", "[2/2]");
        assertThat(Cli.run("validate", out.toString()).exit).isEqualTo(Main.VALID);
    }

    @Test
    void shareItWritesOneObjectPerRepositoryIntoAFolder() throws Exception {
        repository("fees", "pyproject.toml", FEES, "https://github.com/example-gov/fees.git");
        Path out = tmp.resolve("entries/");

        Cli cli = Cli.run("scan", "--family", "shareit-2.0.0", "--overlay", overlay().toString(), "--out", out + "/",
                tmp.resolve("repos").toString());

        assertThat(cli.exit).as(cli.err).isEqualTo(Main.VALID);
        assertThat(Files.readString(out.resolve("fees.json"))).contains("\"name\": \"fees\"");
        assertThat(out.resolve("provenance.json")).exists();
    }

    @Test
    void anInvalidEntryIsListedAndNoInventoryIsWritten() throws Exception {
        repository("bare", "package.json", "{\"name\": \"bare\"}", "https://github.com/example-gov/bare.git");
        Path out = tmp.resolve("code.json");

        Cli cli = Cli.run("scan", "--out", out.toString(), tmp.resolve("repos").toString());

        assertThat(cli.exit).isEqualTo(Main.INVALID);
        assertThat(cli.err).contains("bare: error:", "no inventory was written");
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("code.provenance.json")).exists();
    }

    @Test
    void aPathWithoutCheckoutsIsRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        Cli cli = Cli.run("scan", empty.toString());

        assertThat(cli.exit).isEqualTo(Main.UNUSABLE);
        assertThat(cli.err).contains("is not a git checkout and holds none");
    }

    @Test
    void aFileOrACheckoutThatIsALinkOutOfTheFolderIsNamedInAWarningAndNotRead() throws Exception {
        Path secret = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path fees = repository("fees", "package.json", """
                {"name": "fees", "license": "MIT", "keywords": ["fees", "permits", "money"],
                 "author": "Fee Team <fees@example.gov>"}
                """, "https://github.com/example-gov/fees.git");
        Files.createSymbolicLink(fees.resolve("README.md"), secret);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.move(repository("other", "pyproject.toml", FEES, "https://github.com/example-gov/other.git"),
                elsewhere.resolve("other"));
        Files.createSymbolicLink(tmp.resolve("repos/other"), elsewhere.resolve("other"));
        Path out = tmp.resolve("out.json");

        Cli cli = Cli.run("scan", "--overlay", overlay().toString(), "--out", out.toString(), tmp.resolve("repos").toString());

        assertThat(cli.err).contains("codejson scan: warning: '" + tmp.resolve("repos/other") + "' is a symbolic link out of '"
                + tmp.resolve("repos") + "'; not followed (give the checkout it leads to as a PATH of its own to scan it)");
        assertThat(cli.err).contains("fees/README.md: warning: a symbolic link out of the repository; not read, so nothing"
                + " of it is used (commit the file itself to use it) [scan.link-out]");
        assertThat(cli.err).contains("[1/1] fees").doesNotContain("[1/2]");
        assertThat(cli.err + cli.out + (Files.exists(out) ? Files.readString(out) : "")).doesNotContain("root:x");
    }

    private static String pyproject(String name) {
        return FEES.replace("name = \"fees\"", "name = \"" + name + "\"");
    }

    @Test
    void twoRepositoriesOfOneNameAndOneNamedProvenanceEachKeepTheirOwnFileInAFolder() throws Exception {
        Path a = repositoryAt(tmp.resolve("a/tool"), "pyproject.toml", pyproject("tool"), "https://github.com/example-gov/tool-a.git");
        Path b = repositoryAt(tmp.resolve("b/tool"), "pyproject.toml", pyproject("tool"), "https://github.com/example-gov/tool-b.git");
        Path p = repositoryAt(tmp.resolve("b/provenance"), "pyproject.toml", pyproject("provenance"),
                "https://github.com/example-gov/provenance.git");
        Path out = tmp.resolve("out");

        Cli cli = Cli.run("scan", "--overlay", overlay().toString(), "--out", out + "/", tmp.resolve("a").toString(),
                tmp.resolve("b").toString());

        assertThat(cli.exit).as(cli.err).isEqualTo(Main.VALID);
        assertThat(Files.readString(out.resolve("tool.json"))).contains("https://github.com/example-gov/tool-a");
        assertThat(Files.readString(out.resolve("tool-2.json"))).contains("https://github.com/example-gov/tool-b");
        assertThat(Files.readString(out.resolve("provenance-2.json"))).contains("https://github.com/example-gov/provenance");
        assertThat(Files.readString(out.resolve("provenance.json"))).startsWith("{\n  \"repositories\": [")
                .contains("\"repository\": \"tool\",\n      \"path\": \"" + a + "\"",
                        "\"repository\": \"tool\",\n      \"path\": \"" + b + "\"");
        assertThat(cli.err).contains("codejson scan: the entry of '" + p + "' is written as 'provenance-2.json', since"
                + " 'provenance.json' is the provenance report\n", "codejson scan: the entry of '" + b + "' is written as"
                + " 'tool-2.json', since 'tool.json' is the entry of '" + a + "'\n", "wrote 3 entries into");
    }

    @Test
    void aScanThatCannotWriteItsInventoryWritesNoReportEither() throws Exception {
        repository("fees", "pyproject.toml", FEES, "https://github.com/example-gov/fees.git");
        Path out = Files.writeString(tmp.resolve("ro.json"), "old\n");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        Cli cli = Cli.run("scan", "--overlay", overlay().toString(), "--out", out.toString(), tmp.resolve("repos").toString());

        assertThat(cli.exit).isEqualTo(Main.UNUSABLE);
        assertThat(cli.err).isEqualTo("codejson scan: '" + out + "': the file is read-only; make it writable (chmod u+w) to"
                + " replace it, or write elsewhere; nothing was written\n");
        assertThat(Files.readString(out)).isEqualTo("old\n");
        assertThat(tmp.resolve("ro.provenance.json")).doesNotExist();
    }

    @Test
    void anEntryThatCannotBeWrittenIntoAFolderLeavesTheReportUnwrittenToo() throws Exception {
        repository("fees", "pyproject.toml", FEES, "https://github.com/example-gov/fees.git");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path kept = Files.writeString(out.resolve("fees.json"), "old\n");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        Cli cli = Cli.run("scan", "--overlay", overlay().toString(), "--out", out + "/", tmp.resolve("repos").toString());

        assertThat(cli.exit).isEqualTo(Main.UNUSABLE);
        assertThat(cli.err).contains("the file is read-only");
        assertThat(Files.readString(kept)).isEqualTo("old\n");
        assertThat(out.resolve("provenance.json")).doesNotExist();
    }

    @Test
    void aLongFolderNameBecomesAFileNameOf120CharactersInAFolder() throws Exception {
        String longName = "l".repeat(200);
        repository(longName, "pyproject.toml", pyproject("long"), "https://github.com/example-gov/long.git");
        Path out = tmp.resolve("out");

        Cli cli = Cli.run("scan", "--overlay", overlay().toString(), "--out", out + "/", tmp.resolve("repos").toString());

        assertThat(cli.exit).as(cli.err).isEqualTo(Main.VALID);
        assertThat(Files.readString(out.resolve("l".repeat(120) + ".json"))).contains("https://github.com/example-gov/long");
        assertThat(out.resolve("provenance.json")).exists();
        assertThat(cli.err).contains("codejson scan: the entry of '" + tmp.resolve("repos").resolve(longName) + "' is written as '"
                + "l".repeat(120) + ".json', its name cut to 120 characters\n");
    }

    @Test
    void anOutOrAReportThatNamesTheOverlayOrEachOtherIsRefusedWithNothingWritten() throws Exception {
        repository("fees", "pyproject.toml", FEES, "https://github.com/example-gov/fees.git");
        Path overlay = overlay();
        String kept = Files.readString(overlay);
        Path same = tmp.resolve("same.json");
        String repos = tmp.resolve("repos").toString();

        Cli onOverlay = Cli.run("scan", "--overlay", overlay.toString(), "--out", overlay.toString(), repos);
        Cli reportOnOverlay = Cli.run("scan", "--overlay", overlay.toString(), "--report", tmp + "/./overlay.json", repos);
        Cli onEachOther = Cli.run("scan", "--overlay", overlay.toString(), "--out", same.toString(), "--report", same.toString(), repos);

        assertThat(onOverlay.exit).isEqualTo(Main.UNUSABLE);
        assertThat(onOverlay.err).isEqualTo("codejson scan: --out '" + overlay + "' is the overlay; write the inventory to another"
                + " file; nothing was written\n");
        assertThat(reportOnOverlay.exit).isEqualTo(Main.UNUSABLE);
        assertThat(reportOnOverlay.err).isEqualTo("codejson scan: --report '" + tmp + "/./overlay.json' is the overlay; write the"
                + " report to another file; nothing was written\n");
        assertThat(onEachOther.exit).isEqualTo(Main.UNUSABLE);
        assertThat(onEachOther.err).isEqualTo("codejson scan: --report '" + same + "' is the file --out writes; give the report"
                + " another file; nothing was written\n");
        assertThat(Files.readString(overlay)).isEqualTo(kept);
        assertThat(same).doesNotExist();
    }

    @Test
    void anEmptyOutIsBadUsageAndAFileBeforeTheSlashIsSaidToBeAFile() throws Exception {
        repository("fees", "pyproject.toml", FEES, "https://github.com/example-gov/fees.git");
        Path afile = Files.writeString(tmp.resolve("afile"), "x\n");
        String repos = tmp.resolve("repos").toString();

        Cli empty = Cli.run("scan", "--overlay", overlay().toString(), "--out", "", repos);
        Cli slash = Cli.run("scan", "--overlay", overlay().toString(), "--out", afile + "/", repos);

        assertThat(empty.exit).isEqualTo(Main.UNUSABLE);
        assertThat(empty.err).isEqualTo("codejson scan: --out is empty; name a file, or a folder ending in /, to write\n");
        assertThat(slash.exit).isEqualTo(Main.UNUSABLE);
        assertThat(slash.err).isEqualTo("codejson scan: cannot write into --out " + afile + "/: " + afile + " is a file, not a"
                + " folder; name a folder to write one file per repository, or the file without the final / to write one"
                + " inventory; nothing was written\n");
        assertThat(Files.readString(afile)).isEqualTo("x\n");
        assertThat(tmp.resolve("provenance.json")).doesNotExist();
    }

    @Test
    void aMisspelledRepositoryInTheOverlayOrAKeyGivenTwiceFailsTheScanBeforeAnythingIsWritten() throws Exception {
        repository("billing", "pyproject.toml", pyproject("billing"), "https://github.com/example-gov/billing.git");
        Path typo = Files.writeString(tmp.resolve("typo.json"), """
                {"defaults": {"agency": "EX"},
                 "repositories": {"biling": {"usageType": "exemptByAgencySystem"}}}
                """);
        Path twice = Files.writeString(tmp.resolve("twice.json"), "{\"defaults\": {\"agency\": \"EX\", \"agency\": \"OTHER\"}}");
        Path out = tmp.resolve("inv.json");
        String repos = tmp.resolve("repos").toString();

        Cli misspelled = Cli.run("scan", "--overlay", typo.toString(), "--out", out.toString(), repos);
        Cli repeated = Cli.run("scan", "--overlay", twice.toString(), "--out", out.toString(), repos);

        assertThat(misspelled.exit).isEqualTo(Main.UNUSABLE);
        assertThat(misspelled.err).isEqualTo(typo + ":2:29: error: /repositories/biling: no repository scanned is called"
                + " \"biling\", but \"billing\" is and has no settings of its own; write its folder name exactly, \"billing\""
                + " [scan.overlay-misspelled]\ncodejson scan: nothing was written\n");
        assertThat(repeated.exit).isEqualTo(Main.UNUSABLE);
        assertThat(repeated.err).isEqualTo(twice + ":1:31: error: /defaults/agency is given twice (first at 1:15);"
                + " remove or rename one (1 repeated in all) [json.unreadable]\ncodejson scan: nothing was written\n");
        assertThat(out).doesNotExist();
        assertThat(tmp.resolve("inv.provenance.json")).doesNotExist();
    }
}
