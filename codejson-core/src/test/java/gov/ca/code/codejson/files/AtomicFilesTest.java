package gov.ca.code.codejson.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileOfASetIntoANewFolder() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("agency-index.json", bytes("{}\n"));
        files.put("repositories/a.json", bytes("{\"a\": 1}\n"));

        List<Path> written = AtomicFiles.writeAll(dir.resolve("out"), files);

        assertThat(written).containsExactly(dir.resolve("out/agency-index.json").toAbsolutePath(),
                dir.resolve("out/repositories/a.json").toAbsolutePath());
        assertThat(Files.readString(dir.resolve("out/repositories/a.json"))).isEqualTo("{\"a\": 1}\n");
        assertThat(tree(dir)).containsExactly("out", "out/agency-index.json", "out/repositories", "out/repositories/a.json");
    }

    @Test
    void writesNoFileOfASetWhenOneNameCannotBeAFileName() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("agency-index.json", bytes("{}\n"));
        files.put("repositories/a.json", bytes("{}\n"));
        files.put("repositories/" + "x".repeat(300) + ".json", bytes("{}\n"));

        assertThatThrownBy(() -> AtomicFiles.writeAll(dir.resolve("out"), files)).isInstanceOf(IOException.class);

        assertThat(tree(dir)).isEmpty();
    }

    @Test
    void putsBackWhatWasMovedWhenAFileOfASetCannotBePlaced() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("agency-index.json"), "old\n");
        Files.writeString(out.resolve("repositories"), "a file where a folder must go\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("agency-index.json", bytes("new\n"));
        files.put("repositories/a.json", bytes("{}\n"));

        assertThatThrownBy(() -> AtomicFiles.writeAll(out, files)).isInstanceOf(IOException.class);

        assertThat(Files.readString(out.resolve("agency-index.json"))).isEqualTo("old\n");
        assertThat(tree(dir)).containsExactly("out", "out/agency-index.json", "out/repositories");
    }

    @Test
    void replacesFilesOfAnExistingFolderAndLeavesTheOthers() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("agency-index.json"), "old\n");
        Files.writeString(out.resolve("notes.txt"), "mine\n");

        AtomicFiles.writeAll(out, Map.of("agency-index.json", bytes("new\n")));

        assertThat(Files.readString(out.resolve("agency-index.json"))).isEqualTo("new\n");
        assertThat(tree(dir)).containsExactly("out", "out/agency-index.json", "out/notes.txt");
    }

    @Test
    void refusesAPathOutsideTheFolder() {
        assertThatThrownBy(() -> AtomicFiles.writeAll(dir.resolve("out"), Map.of("../escape.json", bytes("{}"))))
                .isInstanceOf(IOException.class).hasMessageContaining("'../escape.json' is not a file inside");
        assertThat(dir.resolve("escape.json")).doesNotExist();
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsItALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("code.json"), Path.of("real.json"));

        AtomicFiles.write(link, bytes("new\n"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
        assertThat(tree(dir)).containsExactly("code.json", "real.json");
    }

    @Test
    void writesThroughALinkWhoseDotDotLeadsOutOfALinkedFolderToTheFileTheSystemFinds() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("real/sub"));
        Files.createSymbolicLink(dir.resolve("linked"), sub);
        Path meant = Files.writeString(dir.resolve("real/code.json"), "old\n");
        Path beside = Files.writeString(dir.resolve("code.json"), "beside\n");
        Files.createSymbolicLink(sub.resolve("link.json"), Path.of("../code.json"));

        AtomicFiles.write(dir.resolve("linked/link.json"), bytes("new\n"));

        assertThat(Files.readString(meant)).isEqualTo("new\n");
        assertThat(Files.readString(beside)).isEqualTo("beside\n");
        assertThat(Files.isSymbolicLink(sub.resolve("link.json"))).isTrue();
    }

    @Test
    void writesASetIntoAFolderNamedThroughALinkAndDotDotWhereTheSystemFindsIt() throws Exception {
        Files.createDirectories(dir.resolve("real/sub"));
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real/sub"));

        AtomicFiles.writeAll(dir.resolve("linked/../out"), Map.of("a.json", bytes("a\n")));

        assertThat(Files.readString(dir.resolve("real/out/a.json"))).isEqualTo("a\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void leavesAFileThatAlreadyHoldsTheBytesUntouchedWithItsHardLinks() throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "same\n");
        Path hard = Files.createLink(dir.resolve("hard.json"), file);
        Object inode = Files.getAttribute(file, "unix:ino");

        AtomicFiles.write(file, bytes("same\n"));
        AtomicFiles.writeAll(dir, Map.of("code.json", bytes("same\n")));

        assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
        assertThat(Files.isSameFile(file, hard)).isTrue();
        assertThat(tree(dir)).containsExactly("code.json", "hard.json");
    }

    @Test
    void refusesToReplaceAReadOnlyFileAndLeavesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFiles.write(file, bytes("new\n")))
                .isInstanceOf(java.nio.file.AccessDeniedException.class)
                .hasMessageContaining("the file is read-only; make it writable (chmod u+w) to replace it, or write elsewhere");
        assertThatThrownBy(() -> AtomicFiles.writeAll(dir, Map.of("code.json", bytes("new\n"))))
                .hasMessageContaining("read-only");
        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(tree(dir)).containsExactly("code.json");
    }

    @Test
    void refusesASymbolicLinkToAFolderWithAReason() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path link = Files.createSymbolicLink(dir.resolve("code.json"), folder);

        assertThatThrownBy(() -> AtomicFiles.write(link, bytes("new\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("which is a folder; name a file to write");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void refusesAFolderAndAFileWhereAFolderMustBeInWords() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("code.json"));
        Path file = Files.writeString(dir.resolve("notes"), "kept\n");

        assertThatThrownBy(() -> AtomicFiles.write(folder, bytes("new\n")))
                .isInstanceOf(IOException.class).hasMessage(folder + " is a folder; name a file to write");
        assertThatThrownBy(() -> AtomicFiles.write(file.resolve("code.json"), bytes("new\n")))
                .isInstanceOf(IOException.class).hasMessage("cannot write " + file.resolve("code.json") + ": " + file
                        + " is a file, not a folder");
        assertThat(tree(dir)).containsExactly("code.json", "notes");
        assertThat(Files.readString(file)).isEqualTo("kept\n");
    }

    @Test
    void writesIntoANamedPipeAsItIsRatherThanPuttingAFileInItsPlace() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo makes a named pipe");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        AtomicFiles.write(fifo, bytes("through the pipe\n"));

        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(tree(dir)).containsExactly("out.fifo");
    }

    @Test
    void keepsTheModeOfTheFileItReplaces() throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.write(file, bytes("new\n"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void removesTheTemporariesAKilledProcessLeftAndKeepsThoseOfARunningOne() throws Exception {
        long gone = deadPid();
        Path staleFile = Files.writeString(dir.resolve(".code.json.codejson-" + gone + "-0.tmp"), "half");
        Path staleFolder = Files.createDirectories(dir.resolve(".out.codejson-" + gone + "-3.tmp/repositories"));
        Files.writeString(staleFolder.resolve("a.json"), "half");
        Path live = Files.writeString(dir.resolve(".code.json.codejson-" + ProcessHandle.current().pid() + "-7.tmp"), "busy");
        Path mine = Files.writeString(dir.resolve(".notes.tmp"), "not ours");

        AtomicFiles.write(dir.resolve("code.json"), bytes("{}\n"));

        assertThat(staleFile).doesNotExist();
        assertThat(dir.resolve(".out.codejson-" + gone + "-3.tmp")).doesNotExist();
        assertThat(live).exists();
        assertThat(mine).exists();
    }

    @Test
    void leavesNoTemporaryWhenAWriteFails() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("code.json"));

        assertThatThrownBy(() -> AtomicFiles.write(folder, bytes("{}\n"))).isInstanceOf(IOException.class);

        assertThat(tree(dir)).containsExactly("code.json");
    }

    @Test
    void writesStreamedContentLargerThanOneBufferWhole() throws Exception {
        byte[] line = bytes("0123456789abcdef\n");
        int lines = 20_000;

        AtomicFiles.write(dir.resolve("code.json"), out -> {
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
        });

        assertThat(Files.size(dir.resolve("code.json"))).isEqualTo((long) line.length * lines);
        assertThat(tree(dir)).containsExactly("code.json");
    }

    @Test
    void keepsTheOldFileAndNoTemporaryWhenStreamedContentFailsHalfway() throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "old\n");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[200_000]);
            throw new IOException("the producer failed");
        })).isInstanceOf(IOException.class).hasMessage("the producer failed");

        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(tree(dir)).containsExactly("code.json");
    }

    /** A process id that no running process has: one of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        return pid;
    }
}
