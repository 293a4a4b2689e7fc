package gov.ca.code.codejson.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder one command owns: each write replaces what the one before wrote, and nothing else. */
class OwnedFolderTest {

    @TempDir
    Path dir;

    private static Map<String, byte[]> files(String... names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, (name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void aWriteRemovesWhatTheEarlierOneWroteAndNothingElse() throws Exception {
        Path folder = dir.resolve("site");
        OwnedFolder.write(folder, files("index.html", "releases/a.html", "releases/b.html"));
        Files.writeString(folder.resolve("README.txt"), "someone else's\n");
        // The list as the first write left it, with a name that leads out of the folder added by hand.
        Files.writeString(folder.resolve(OwnedFolder.WRITTEN), "index.html\nreleases/a.html\nreleases/b.html\n../outside.txt\n");
        Path outside = Files.writeString(dir.resolve("outside.txt"), "kept\n");

        List<Path> written = OwnedFolder.write(folder, files("index.html", "releases/a.html"));

        assertThat(written).containsExactly(folder.toAbsolutePath().resolve("index.html"),
                folder.toAbsolutePath().resolve("releases/a.html"));
        assertThat(tree(folder)).containsExactly(OwnedFolder.WRITTEN, "README.txt", "index.html", "releases", "releases/a.html");
        assertThat(Files.readString(folder.resolve(OwnedFolder.WRITTEN))).isEqualTo("index.html\nreleases/a.html\n");
        assertThat(outside).exists();
    }
}
