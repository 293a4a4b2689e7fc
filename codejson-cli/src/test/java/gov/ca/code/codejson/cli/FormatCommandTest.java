package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

    private static final String SHUFFLED = "{\"releases\": [], \"agency\": \"CDT\", \"x-note\": null, \"version\": \"2.0.0\","
            + " \"measurementType\": {\"method\": \"projects\"}}";

    private static final String CANONICAL = """
            {
              "version": "2.0.0",
              "measurementType": {
                "method": "projects"
              },
              "agency": "CDT",
              "releases": [],
              "x-note": null
            }
            """;

    @Test
    void printsTheCanonicalFormAndLeavesTheFileAlone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), SHUFFLED);

        Cli result = Cli.run("format", file.toString());

        assertThat(result.exit).isZero();
        assertThat(result.out).isEqualTo(CANONICAL);
        assertThat(Files.readString(file)).isEqualTo(SHUFFLED);
    }

    @Test
    void rewritesTheFileInPlace(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), SHUFFLED);

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).isZero();
        assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    }

    @Test
    void keepsTheModeOfAFileReadableByAll(@TempDir Path dir) throws Exception {
        assertThat(modeAfterRewriteInPlace(dir, "rw-r--r--")).isEqualTo("rw-r--r--");
    }

    @Test
    void keepsTheModeOfAFileReadableByItsGroup(@TempDir Path dir) throws Exception {
        assertThat(modeAfterRewriteInPlace(dir, "rw-r-----")).isEqualTo("rw-r-----");
    }

    @Test
    void keepsTheOwnerAndGroupOfAFileItRewritesAsRoot(@TempDir Path dir) throws Exception {
        // Only root may give a file to another user: as anyone else the file is theirs before and after.
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "runs as root only");
        Path file = Files.writeString(dir.resolve("code.json"), SHUFFLED);
        var names = file.getFileSystem().getUserPrincipalLookupService();
        java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(file,
                java.nio.file.attribute.PosixFileAttributeView.class);
        view.setOwner(names.lookupPrincipalByName("4321"));
        view.setGroup(names.lookupPrincipalByGroupName("8765"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(Files.readString(file)).isEqualTo(CANONICAL);
        assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(4321);
        assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(8765);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    private static String modeAfterRewriteInPlace(Path dir, String mode) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), SHUFFLED);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).isZero();
        assertThat(Files.readString(file)).isEqualTo(CANONICAL);
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void readsStandardInput() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(SHUFFLED.getBytes(StandardCharsets.UTF_8)));
            Cli result = Cli.run("format", "-");

            assertThat(result.exit).isZero();
            assertThat(result.out).isEqualTo(CANONICAL);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void refusesToRewriteAFileItCannotRead(@TempDir Path dir) throws Exception {
        String broken = "{\"version\": \"2.0.0\", ";
        Path file = Files.writeString(dir.resolve("code.json"), broken);

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains(file + ":1:").contains("malformed JSON");
        assertThat(Files.readString(file)).isEqualTo(broken);
    }

    @Test
    void refusesToDropTheValueOfARepeatedMemberName(@TempDir Path dir) throws Exception {
        String repeated = "{\"version\": \"2.0.0\", \"agency\": \"A\", \"agency\": \"B\", \"releases\": []}";
        Path file = Files.writeString(dir.resolve("code.json"), repeated);

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains(file + ":1:37: error: /agency").contains("appears twice");
        assertThat(Files.readString(file)).isEqualTo(repeated);
    }

    @Test
    void inPlaceLeavesAFileAlreadyInTheCanonicalFormUntouchedWithItsHardLinks(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), CANONICAL);
        Path hard = Files.createLink(dir.resolve("copy.json"), file);
        Object inode = Files.getAttribute(file, "unix:ino");

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
        assertThat(Files.isSameFile(file, hard)).isTrue();
    }

    @Test
    void inPlaceRefusesAReadOnlyFileAndLeavesIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), SHUFFLED);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: '" + file + "': the file is read-only; make it writable (chmod u+w)"
                + " to replace it, or write elsewhere\n");
        assertThat(Files.readString(file)).isEqualTo(SHUFFLED);
    }

    @Test
    void inPlaceRefusesANamedPipeAndAFolder(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("code.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");

        Cli fifo = Cli.run("format", "--in-place", pipe.toString());
        Cli folder = Cli.run("format", "--in-place", dir.toString());

        assertThat(fifo.exit).isEqualTo(2);
        assertThat(fifo.err).isEqualTo("codejson: --in-place replaces a file, and '" + pipe + "' is not a regular file;"
                + " name a code.json file\n");
        assertThat(folder.exit).isEqualTo(2);
        assertThat(folder.err).contains("'" + dir + "' is a folder; name a code.json file");
    }

    @Test
    void inPlaceThroughALinkWithDotDotInALinkedFolderRewritesTheFileTheSystemFinds(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("real/sub"));
        Files.createSymbolicLink(dir.resolve("linked"), sub);
        Path meant = Files.writeString(dir.resolve("real/code.json"), SHUFFLED);
        Path beside = Files.writeString(dir.resolve("code.json"), SHUFFLED);
        Files.createSymbolicLink(sub.resolve("link.json"), Path.of("../code.json"));

        Cli result = Cli.run("format", "--in-place", dir.resolve("linked/link.json").toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(Files.readString(meant)).isEqualTo(CANONICAL);
        assertThat(Files.readString(beside)).isEqualTo(SHUFFLED);
    }

    @Test
    void printsBidirectionalAndC1ControlsOfTheFileEscaped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), SHUFFLED.replace("\"CDT\"", "\"CD\u202eT\u0085\""));

        Cli result = Cli.run("format", file.toString());

        assertThat(result.out).contains("\"agency\": \"CD\\u202eT\\u0085\"").doesNotContain("\u202e", "\u0085");
    }

    @Test
    void refusesInPlaceOnStandardInput() {
        Cli result = Cli.run("format", "--in-place", "-");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("--in-place needs a file");
    }

    @Test
    void writesLoneSurrogatesAndNumbersBackAsTheyCameAndASecondPassChangesNothing(@TempDir Path dir) throws Exception {
        String text = "{\n  \"version\": \"2.0.0\",\n  \"agency\": \"A\\ud800B\\udc00\\ud83d\\ude00\",\n"
                + "  \"releases\": [],\n  \"x-numbers\": [1e3, 1.0, -0, 1E+400, 0.10]\n}\n";
        Path file = Files.writeString(dir.resolve("code.json"), text);

        Cli first = Cli.run("format", "--in-place", file.toString());
        byte[] once = Files.readAllBytes(file);
        Cli second = Cli.run("format", "--in-place", file.toString());

        assertThat(first.exit).as(first.err).isZero();
        assertThat(second.exit).as(second.err).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(once);
        assertThat(new String(once, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"A\\ud800B\\udc00\uD83D\uDE00\"", "1e3", "1.0", "-0", "1E+400", "0.10")
                .doesNotContain("?");
        assertThat(Cli.run("format", file.toString()).out).isEqualTo(new String(once, java.nio.charset.StandardCharsets.UTF_8));
    }
}
