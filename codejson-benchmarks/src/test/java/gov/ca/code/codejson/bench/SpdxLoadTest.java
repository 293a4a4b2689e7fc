package gov.ca.code.codejson.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the SPDX list load of two builds, each in processes of its own. */
class SpdxLoadTest {

    private static final String CLASS_PATH = System.getProperty("java.class.path");

    @Test
    void aBuildAgainstItselfLoadsTheListAndResolvesItAlike() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SpdxLoad.run(CLASS_PATH, CLASS_PATH, 1, out);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .containsPattern("this build \\d+\\.\\d ms, baseline \\d+\\.\\d ms, ratio \\d+\\.\\d{2}")
                .containsPattern("same result: yes \\(\\d{3,} licenses, \\d{3,} names and \\d{3,} URLs resolved, digest [0-9a-f]+\\)");
    }

    @Test
    void aClassPathWithoutTheCoreFailsWithWhatTheChildSaid(@TempDir Path dir) {
        assertThatThrownBy(() -> SpdxLoad.run(dir.toString(), CLASS_PATH, 1, System.out))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("the child process on " + dir + " failed: ")
                .hasMessageContaining(SpdxLoad.class.getName());
    }
}
