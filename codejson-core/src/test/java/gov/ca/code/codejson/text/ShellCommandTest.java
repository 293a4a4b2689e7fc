package gov.ca.code.codejson.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {

    @Test
    void aCommandRunFromTheFolderItIsPastedInHasNoCdAndPlainWordsUnquoted(@TempDir Path root) {
        assertThat(ShellCommand.of(root, root, List.of("mvn", "-f", "alpha/pom.xml", "codejson:update"), new Properties(), Set.of()))
                .isEqualTo("mvn -f alpha/pom.xml codejson:update");
    }

    @Test
    void aCommandForAnotherFolderGoesThereFirst(@TempDir Path dir) {
        Path root = dir.resolve("agency/services");

        assertThat(ShellCommand.of(dir, root, List.of("mvn"), new Properties(), Set.of())).isEqualTo("cd agency/services && mvn");
        assertThat(ShellCommand.of(root.resolve("alpha"), root, List.of("mvn"), new Properties(), Set.of())).isEqualTo("cd .. && mvn");
    }

    @Test
    void wordsAShellWouldSplitOrExpandAreSingleQuotedSoTheyAreReadBackAsTheyAre(@TempDir Path root) {
        Properties given = new Properties();
        given.setProperty("codejson.description", "It's $HOME; `rm`");

        assertThat(ShellCommand.of(root, root, List.of("mvn", "-f", "my module/pom.xml"), given, Set.of()))
                .isEqualTo("mvn -f 'my module/pom.xml' '-Dcodejson.description=It'\\''s $HOME; `rm`'");
    }

    @Test
    void propertiesComeInNameOrderWithoutTheIgnoredOnesAndASecretIsNamedWithoutItsValue(@TempDir Path root) {
        Properties given = new Properties();
        given.setProperty("codejson.status", "Beta");
        given.setProperty("codejson.agency", "CDT");
        given.setProperty("session.rootDirectory", root.toString());
        given.setProperty("gpg.passphrase", "hunter2");
        given.setProperty("github_pat", "ghp_123");
        given.setProperty("sonar.login.token", "SECRET123");

        assertThat(ShellCommand.of(root, root, List.of("mvn"), given, Set.of("session.rootDirectory")))
                .isEqualTo("mvn -Dcodejson.agency=CDT -Dcodejson.status=Beta   (left out, as they may hold credentials:"
                        + " -Dgithub_pat -Dgpg.passphrase -Dsonar.login.token; add them again if the entry depends on them)");
    }

    @Test
    void aRootWithNoRelativeWayThereIsGoneToByItsOwnName(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("other.zip");
        try (FileSystem other = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            // Another file system, as another drive is on Windows: relativize cannot join the two.
            Path root = other.getPath("/agency/services");

            assertThat(ShellCommand.of(dir, root, List.of("mvn"), new Properties(), Set.of())).isEqualTo("cd /agency/services && mvn");
        }
    }
}
